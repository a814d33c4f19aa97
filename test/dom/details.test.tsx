// ConductorErrorDetails on its own: its trigger, controlled use, the technical
// facts with their copy buttons, and the developer message only on request.
import '@testing-library/jest-dom/vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConductorErrorDetails } from '../../src/details/ConductorErrorDetails.js';
import { es } from '../../src/i18n/es.js';
import { ConductorErrorProvider } from '../../src/provider/ConductorErrorProvider.js';
import { clientConnectionError, qbdConnectionError, qbdRequestError } from '../../stories/fixtures/errors.js';
import { SEED_MESSAGE } from '../../stories/fixtures/seed.js';

const seed = qbdConnectionError.body;

/** An app that opens the dialog from its own button, holding the open state itself. */
function Controlled({ onChange }: { onChange: (open: boolean) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Why did it fail?
      </button>
      <ConductorErrorDetails
        error={qbdRequestError.body}
        trigger={null}
        open={open}
        onOpenChange={(next) => {
          onChange(next);
          setOpen(next);
        }}
      />
    </>
  );
}

describe('ConductorErrorDetails', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('opens from its default trigger, titled and described by the message', async () => {
    const user = userEvent.setup();
    render(<ConductorErrorDetails error={seed} />);
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Details' }));
    const dialog = screen.getByRole('dialog', { name: 'Could not reach QuickBooks Desktop' });
    expect(dialog).toHaveAccessibleDescription(/We could not connect to QuickBooks Desktop/);
    expect(dialog).toHaveAttribute('data-severity', 'warning');
    expect(dialog).toHaveClass('cui-details');
    expect(within(dialog).getAllByRole('checkbox')).toHaveLength(8);
  });

  it('lists each technical fact with a copy button named after it', () => {
    render(<ConductorErrorDetails error={seed} defaultOpen />);
    const dialog = screen.getByRole('dialog');
    const facts = within(dialog).getByRole('region', { name: 'Technical details' });
    const terms = within(facts)
      .getAllByRole('term')
      .map((term) => term.textContent);
    expect(terms).toEqual(['Error code', 'Error type', 'QuickBooks code', 'HTTP status', 'Request ID']);
    const definitions = within(facts)
      .getAllByRole('definition')
      .map((definition) => definition.querySelector('code')?.textContent);
    expect(definitions).toEqual([
      'QBD_CONNECTION_ERROR',
      'INTEGRATION_CONNECTION_ERROR',
      '0x80040420',
      '502',
      seed.requestId,
    ]);
    for (const term of terms) expect(within(facts).getByRole('button', { name: `Copy ${term}` })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Copy support details' })).toBeInTheDocument();
  });

  it('copies a fact to the clipboard and only then says Copied', async () => {
    // setup() gives jsdom user-event's stand-in for the Clipboard API.
    const user = userEvent.setup();
    render(<ConductorErrorDetails error={seed} defaultOpen />);
    const copyType = screen.getByRole('button', { name: 'Copy Error type' });
    await user.click(copyType);
    expect(await navigator.clipboard.readText()).toBe('INTEGRATION_CONNECTION_ERROR');
    expect(copyType).toHaveAttribute('data-state', 'copied');
    expect(copyType.nextElementSibling).toHaveTextContent('Copied');
  });

  it('copies a fact honestly: where nothing can copy, no "Copied" but the value selected by hand', async () => {
    // No Clipboard API (user-event's stand-in stays attached once set up), and jsdom has no execCommand.
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    render(<ConductorErrorDetails error={seed} defaultOpen />);
    const copyCode = screen.getByRole('button', { name: 'Copy Error code' });
    await userEvent.click(copyCode);
    const field = (await screen.findByRole('textbox', { name: 'Text to copy' })) as HTMLTextAreaElement;
    expect(field).toHaveValue('QBD_CONNECTION_ERROR');
    expect(field).toHaveFocus();
    expect(field.value.slice(field.selectionStart, field.selectionEnd)).toBe('QBD_CONNECTION_ERROR');
    expect(field).toHaveAccessibleDescription('Press Ctrl+C (⌘C on Mac) to copy.');
    expect(copyCode).toHaveAttribute('data-state', 'failed');
    expect(copyCode.nextElementSibling).toHaveTextContent('Could not copy automatically');
    expect(screen.getByRole('dialog')).not.toHaveTextContent('Copied');
  });

  it('leaves out facts the error does not have', () => {
    render(<ConductorErrorDetails error={clientConnectionError.body} defaultOpen />);
    const facts = screen.getByRole('region', { name: 'Technical details' });
    expect(
      within(facts)
        .getAllByRole('term')
        .map((term) => term.textContent),
    ).toEqual(['Error code', 'Error type']);
  });

  it('shows the developer message only with showDeveloperDetails', () => {
    const { unmount } = render(<ConductorErrorDetails error={seed} defaultOpen />);
    expect(document.body.innerHTML).not.toContain(SEED_MESSAGE);
    unmount();
    render(<ConductorErrorDetails error={seed} defaultOpen showDeveloperDetails />);
    const facts = screen.getByRole('region', { name: 'Technical details' });
    expect(within(facts).getByText('Developer message')).toBeInTheDocument();
    expect(within(facts).getByText(SEED_MESSAGE)).toBeInTheDocument();
  });

  it('works controlled, reporting every request to close', async () => {
    const user = userEvent.setup();
    const changes: boolean[] = [];
    render(<Controlled onChange={(open) => changes.push(open)} />);
    expect(screen.queryByRole('button', { name: 'Details' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Why did it fail?' }));
    expect(screen.getByRole('dialog', { name: 'QuickBooks Desktop rejected the request' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(changes).toEqual([false]);
  });

  it('uses an app-supplied trigger and calls onOpenChange', async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    render(
      <ConductorErrorDetails
        error={seed}
        onOpenChange={onOpenChange}
        trigger={
          <button type="button" className="link">
            What happened?
          </button>
        }
      />,
    );
    await user.click(screen.getByRole('button', { name: 'What happened?' }));
    expect(onOpenChange).toHaveBeenCalledWith(true);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close' }));
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('speaks the provider’s locale, with Conductor’s English text marked as English', () => {
    render(
      <ConductorErrorProvider locale={es}>
        <ConductorErrorDetails error={seed} defaultOpen />
      </ConductorErrorProvider>,
    );
    const dialog = screen.getByRole('dialog', { name: 'No se pudo conectar con QuickBooks Desktop' });
    expect(dialog).toHaveAttribute('lang', 'es');
    expect(within(dialog).getByRole('button', { name: 'Cerrar' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Copiar Código de error' })).toBeInTheDocument();
    expect(
      within(dialog)
        .getByText(/We could not connect/)
        .closest('[lang]'),
    ).toHaveAttribute('lang', 'en');
  });
});
