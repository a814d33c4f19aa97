// Server HTML hydrated in the browser: the markup matches, so React reports no
// mismatch (any console.error fails the test), and the page comes alive.
import '@testing-library/jest-dom/vitest';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConductorErrorAlert } from '../../src/alert/ConductorErrorAlert.js';
import { ConductorErrorDetails } from '../../src/details/ConductorErrorDetails.js';
import { es } from '../../src/i18n/es.js';
import { ConductorErrorProvider } from '../../src/provider/ConductorErrorProvider.js';
import { apiKeyInvalid, qbdConnectionError } from '../../stories/fixtures/errors.js';

const roots: Root[] = [];

afterEach(() => {
  for (const root of roots.splice(0)) act(() => root.unmount());
  document.body.innerHTML = '';
});

/** Server-renders `ui`, puts the HTML in the page, and hydrates it as a browser would. */
async function hydrate(ui: ReactNode): Promise<HTMLElement> {
  const container = document.createElement('div');
  container.innerHTML = renderToString(ui);
  document.body.append(container);
  await act(async () => {
    roots.push(hydrateRoot(container, ui));
  });
  return container;
}

describe('hydration', () => {
  it('hydrates the full alert with a persisted checklist without a mismatch', async () => {
    window.localStorage.clear();
    const onRetry = vi.fn();
    await hydrate(
      <ConductorErrorAlert error={qbdConnectionError.body} onRetry={onRetry} fixStepsProps={{ persistKey: 'qbd' }} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('hydrates a compact alert in Spanish and the details trigger, then opens the dialog', async () => {
    const user = userEvent.setup();
    await hydrate(
      <ConductorErrorProvider locale={es}>
        <ConductorErrorAlert error={apiKeyInvalid.body} compact />
        <ConductorErrorDetails error={qbdConnectionError.body} />
      </ConductorErrorProvider>,
    );
    expect(screen.getByRole('alert', { name: 'No se pudo iniciar sesión en el servicio de QuickBooks' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Detalles' }));
    expect(screen.getByRole('dialog', { name: 'No se pudo conectar con QuickBooks Desktop' })).toBeInTheDocument();
  });
});
