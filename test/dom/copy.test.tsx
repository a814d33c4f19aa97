// CopyRequestIdButton's rendering in jsdom. jsdom has neither the Clipboard API
// nor execCommand, so a click here takes the real "nothing can copy" path; the
// working clipboard is tested in real Chromium (test/browser/copy*.test.tsx).
import '@testing-library/jest-dom/vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CopyRequestIdButton } from '../../src/copy/CopyRequestIdButton.js';
import { es } from '../../src/i18n/es.js';
import { ConductorErrorProvider } from '../../src/provider/ConductorErrorProvider.js';
import { ConductorErrorContext, DEFAULT_CONFIG } from '../../src/provider/context.js';
import { qbdConnectionError } from '../../stories/fixtures/errors.js';
import { SEED_REQUEST_ID } from '../../stories/fixtures/seed.js';

describe('CopyRequestIdButton rendering', () => {
  it('shows the labelled id in <code>, a named button and an empty live region before any click', () => {
    const { container } = render(<CopyRequestIdButton requestId="req_abc" />);
    expect(screen.getByRole('button', { name: 'Copy request ID' })).toHaveAttribute('data-state', 'idle');
    expect(container.querySelector('code')).toHaveTextContent('req_abc');
    expect(screen.getByText('Request ID')).toBeVisible();
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toBeEmptyDOMElement();
  });

  it.each([
    ['absent', undefined],
    ['empty', ''],
    ['blank', '   '],
    ['not a string', 42 as unknown as string],
  ])('renders nothing when the request id is %s', (_name, requestId) => {
    const { container } = render(<CopyRequestIdButton requestId={requestId} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('takes the request id from a wire-envelope error when no requestId is given', () => {
    render(<CopyRequestIdButton error={{ error: qbdConnectionError.body }} />);
    expect(screen.getByText(SEED_REQUEST_ID)).toBeVisible();
  });

  it('copies support details under its own label, and still offers them when the error has no id', () => {
    const { rerender } = render(<CopyRequestIdButton error={qbdConnectionError.body} copy="supportDetails" />);
    expect(screen.getByRole('button', { name: 'Copy support details' })).toBeVisible();
    rerender(<CopyRequestIdButton error={{ message: 'no id here' }} copy="supportDetails" />);
    expect(screen.getByRole('button', { name: 'Copy support details' })).toBeVisible();
    expect(screen.queryByText('Request ID')).toBeNull();
  });

  it.each([
    ['null', null],
    ['a number', 7],
    ['a string', 'boom'],
    [
      'a cyclic object',
      (() => {
        const cyclic: Record<string, unknown> = {};
        cyclic.self = cyclic;
        return cyclic;
      })(),
    ],
    [
      'an object whose getters throw',
      Object.defineProperty({}, 'requestId', {
        get: () => {
          throw new Error('getter');
        },
      }),
    ],
  ])('does not throw on %s as error', (_name, error) => {
    const { container } = render(<CopyRequestIdButton error={error} />);
    expect(container).toBeEmptyDOMElement();
    render(<CopyRequestIdButton error={error} copy="supportDetails" />);
    expect(screen.getByRole('button', { name: 'Copy support details' })).toBeVisible();
  });

  it('lets its strings prop override the button label, the id label and the outcome strings', async () => {
    render(
      <CopyRequestIdButton
        requestId="req_abc"
        strings={{
          copyRequestId: 'Copy the ticket number',
          requestId: 'Ticket',
          copyFailed: 'No luck',
          copyManualHint: 'Use your keyboard',
          copyManualFieldLabel: 'Ticket text',
        }}
      />,
    );
    expect(screen.getByText('Ticket')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Copy the ticket number' }));
    expect(await screen.findByRole('status')).toHaveTextContent('No luck');
    expect(screen.getByRole('textbox', { name: 'Ticket text' })).toHaveAccessibleDescription('Use your keyboard');
  });

  it('uses the strings of the locale in force', () => {
    render(
      <ConductorErrorContext.Provider value={{ ...DEFAULT_CONFIG, strings: es }}>
        <CopyRequestIdButton requestId="req_abc" />
      </ConductorErrorContext.Provider>,
    );
    expect(screen.getByRole('button', { name: 'Copiar ID de solicitud' })).toBeVisible();
    expect(screen.getByText('ID de solicitud')).toBeVisible();
  });

  it('hides the id and its label when showRequestId is false', () => {
    render(<CopyRequestIdButton requestId="req_abc" showRequestId={false} />);
    expect(screen.queryByText('req_abc')).toBeNull();
    expect(screen.getByRole('button', { name: 'Copy request ID' })).toBeVisible();
  });

  it('merges className, spreads other props on the root and passes ref to it', () => {
    const ref = createRef<HTMLDivElement>();
    render(<CopyRequestIdButton requestId="req_abc" className="mine" data-testid="root" ref={ref} />);
    const root = screen.getByTestId('root');
    expect(root).toHaveClass('cui-copy', 'mine');
    expect(ref.current).toBe(root);
  });
});

describe('CopyRequestIdButton when nothing can copy', () => {
  it('never says Copied: it reports the failure and offers the id selected in a labelled read-only field', async () => {
    const onCopy = vi.fn();
    const onCopyError = vi.fn();
    render(<CopyRequestIdButton requestId="req_abc" onCopy={onCopy} onCopyError={onCopyError} />);
    const button = screen.getByRole('button', { name: 'Copy request ID' });
    await userEvent.click(button);

    const field = await screen.findByRole('textbox', { name: 'Text to copy' });
    expect(screen.getByRole('status')).toHaveTextContent('Could not copy automatically');
    expect(screen.queryByText('Copied')).toBeNull();
    expect(button).toHaveAttribute('data-state', 'failed');
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveValue('req_abc');
    expect(field).toHaveFocus();
    expect([(field as HTMLTextAreaElement).selectionStart, (field as HTMLTextAreaElement).selectionEnd]).toEqual([
      0, 7,
    ]);
    expect(field).toHaveAccessibleDescription('Press Ctrl+C (⌘C on Mac) to copy.');
    expect(onCopy).not.toHaveBeenCalled();
    expect(onCopyError).toHaveBeenCalledWith(expect.any(Error));
  });

  it('offers the full support details, without the developer message, when those were asked for', async () => {
    render(<CopyRequestIdButton error={{ error: qbdConnectionError.body }} copy="supportDetails" />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy support details' }));
    const field = (await screen.findByRole('textbox', { name: 'Text to copy' })) as HTMLTextAreaElement;
    const lines = field.value.split('\n');
    expect(lines[0]).toBe(`Request ID: ${SEED_REQUEST_ID}`);
    expect(field.value).toContain('Error code: QBD_CONNECTION_ERROR');
    expect(field.value).toContain(qbdConnectionError.body.userFacingMessage);
    expect(field.value).not.toContain(qbdConnectionError.body.message);
    expect(within(field.parentElement as HTMLElement).getByText(/Ctrl\+C/)).toBeVisible();
  });

  it('labels the support details in the locale in force', async () => {
    render(
      <ConductorErrorProvider locale={es} strings={{ code: 'Código' }}>
        <CopyRequestIdButton error={qbdConnectionError.body} copy="supportDetails" />
      </ConductorErrorProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Copiar datos para soporte' }));
    const field = (await screen.findByRole('textbox', { name: 'Texto para copiar' })) as HTMLTextAreaElement;
    expect(field.value.split('\n').slice(0, 3)).toEqual([
      `ID de solicitud: ${SEED_REQUEST_ID}`,
      'Código: QBD_CONNECTION_ERROR',
      'Tipo de error: INTEGRATION_CONNECTION_ERROR',
    ]);
    expect(field.value).toMatch(/^Hora: \d{4}-/m);
    expect(field.value).toContain(`Mensaje: ${qbdConnectionError.body.userFacingMessage.slice(0, 20)}`);
    expect(screen.getByRole('status')).toHaveTextContent('No se pudo copiar automáticamente');
  });
});
