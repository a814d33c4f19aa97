// The provider's onError is how an app forwards errors to Sentry and the like:
// once per error shown, with Conductor's advised level, never once per render.
import '@testing-library/jest-dom/vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ConductorErrorAlert } from '../../src/alert/ConductorErrorAlert.js';
import type { ConductorErrorLogLevel, NormalizedConductorError } from '../../src/core/index.js';
import { ConductorErrorProvider } from '../../src/provider/ConductorErrorProvider.js';
import { qbdConnectionError, qbdRequestError } from '../../stories/fixtures/errors.js';

type OnError = (error: NormalizedConductorError, level: ConductorErrorLogLevel) => void;

/** An app screen that re-parses the backend's JSON on every render, as many do. */
function Screen({ json, onError }: { json: string; onError: OnError }) {
  const [clicks, setClicks] = useState(0);
  return (
    <ConductorErrorProvider onError={(error, level) => onError(error, level)}>
      <button type="button" onClick={() => setClicks(clicks + 1)}>
        Re-render {clicks}
      </button>
      <ConductorErrorAlert error={JSON.parse(json)} />
    </ConductorErrorProvider>
  );
}

describe('ConductorErrorAlert reporting through onError', () => {
  it('reports an end-user-fixable error once, at warning level', () => {
    const onError = vi.fn<OnError>();
    render(
      <ConductorErrorProvider onError={onError}>
        <ConductorErrorAlert error={qbdConnectionError.body} />
      </ConductorErrorProvider>,
    );
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'QBD_CONNECTION_ERROR', message: qbdConnectionError.body.message }),
      'warning',
    );
  });

  it('reports a developer-fixable error at error level', () => {
    const onError = vi.fn<OnError>();
    render(
      <ConductorErrorProvider onError={onError}>
        <ConductorErrorAlert error={qbdRequestError.body} compact />
      </ConductorErrorProvider>,
    );
    expect(onError).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ code: 'QBD_REQUEST_ERROR' }), 'error');
  });

  it('does not report again when the app re-renders with a freshly parsed copy and a new callback', async () => {
    const user = userEvent.setup();
    const onError = vi.fn<OnError>();
    render(<Screen json={JSON.stringify(qbdConnectionError.body)} onError={onError} />);
    await user.click(screen.getByRole('button', { name: /Re-render/ }));
    await user.click(screen.getByRole('button', { name: /Re-render/ }));
    expect(screen.getByRole('button', { name: 'Re-render 2' })).toBeInTheDocument();
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('reports each distinct error the alert goes on to show', () => {
    const onError = vi.fn<OnError>();
    const { rerender } = render(<Screen json={JSON.stringify(qbdConnectionError.body)} onError={onError} />);
    rerender(<Screen json={JSON.stringify(qbdRequestError.body)} onError={onError} />);
    rerender(<Screen json={JSON.stringify(qbdRequestError.body)} onError={onError} />);
    expect(onError.mock.calls.map(([error, level]) => [error.code, level])).toEqual([
      ['QBD_CONNECTION_ERROR', 'warning'],
      ['QBD_REQUEST_ERROR', 'error'],
    ]);
  });

  it('reports once under StrictMode, which mounts effects twice', () => {
    const onError = vi.fn<OnError>();
    render(
      <StrictMode>
        <ConductorErrorProvider onError={onError}>
          <ConductorErrorAlert error={qbdConnectionError.body} />
        </ConductorErrorProvider>
      </StrictMode>,
    );
    expect(onError).toHaveBeenCalledTimes(1);
  });
});
