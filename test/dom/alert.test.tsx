// What an end user sees in ConductorErrorAlert, in jsdom: roles by severity,
// the message as a checklist or a paragraph, the actions, and that the
// developer message never shows.
import '@testing-library/jest-dom/vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConductorErrorAlert } from '../../src/alert/ConductorErrorAlert.js';
import { ConductorErrorProvider } from '../../src/provider/ConductorErrorProvider.js';
import { apiKeyInvalid, qbdConnectionError, qbdRequestError } from '../../stories/fixtures/errors.js';
import { SEED_MESSAGE } from '../../stories/fixtures/seed.js';

const seed = qbdConnectionError.body;

describe('ConductorErrorAlert', () => {
  it('announces an end-user-fixable error politely, as a status, named by its title', () => {
    render(<ConductorErrorAlert error={seed} />);
    const alert = screen.getByRole('status', { name: 'Could not reach QuickBooks Desktop' });
    expect(alert).toHaveAttribute('data-severity', 'warning');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('announces an error the developer must fix assertively, as an alert', () => {
    render(<ConductorErrorAlert error={qbdRequestError.body} />);
    const alert = screen.getByRole('alert', { name: 'QuickBooks Desktop rejected the request' });
    expect(alert).toHaveAttribute('data-severity', 'error');
  });

  it('lets the app override the role, the title and titles by code', () => {
    const { rerender } = render(
      <ConductorErrorAlert error={qbdRequestError.body} role="region" title="Bill not saved" />,
    );
    expect(screen.getByRole('region', { name: 'Bill not saved' })).toBeInTheDocument();
    rerender(<ConductorErrorAlert error={qbdRequestError.body} titles={{ QBD_REQUEST_ERROR: 'QuickBooks said no' }} />);
    expect(screen.getByRole('alert', { name: 'QuickBooks said no' })).toBeInTheDocument();
  });

  it('shows the seed message as intro, an eight-step checklist and the outro', () => {
    render(<ConductorErrorAlert error={seed} />);
    const alert = screen.getByRole('status', { name: 'Could not reach QuickBooks Desktop' });
    expect(within(alert).getByText(/We could not connect to QuickBooks Desktop/)).toBeInTheDocument();
    const checklist = within(alert).getByRole('group', { name: 'How to fix this' });
    expect(within(checklist).getAllByRole('checkbox')).toHaveLength(8);
    expect(within(alert).getByText('Then try again.')).toBeInTheDocument();
  });

  it('renders a message without steps as a paragraph, with no empty checklist', () => {
    const error = { ...qbdRequestError.body, userFacingMessage: 'QuickBooks Desktop is busy with another request.' };
    render(<ConductorErrorAlert error={error} />);
    expect(screen.getByText('QuickBooks Desktop is busy with another request.').tagName).toBe('P');
    expect(screen.queryByRole('group')).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('never puts the developer message anywhere in the page', () => {
    render(<ConductorErrorAlert error={seed} showDeveloperDetails />);
    expect(document.body.innerHTML).not.toContain(SEED_MESSAGE);
    expect(document.body.innerHTML).not.toContain('has denied access');
  });

  it('offers the request id of a masked message, with a copy button', () => {
    render(<ConductorErrorAlert error={apiKeyInvalid.body} />);
    expect(
      screen.getByText('An internal server error occurred. Please try again later.', { exact: false }),
    ).toBeVisible();
    expect(screen.getByText(apiKeyInvalid.body.requestId as string)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy request ID' })).toBeInTheDocument();
  });

  it('shows no copy button when there is no request id', () => {
    const { requestId: _dropped, ...withoutId } = qbdRequestError.body;
    render(<ConductorErrorAlert error={withoutId} />);
    expect(screen.queryByRole('button', { name: 'Copy request ID' })).toBeNull();
  });

  it('shows Retry only when there is a retry action, and the prop wins over the provider', async () => {
    const user = userEvent.setup();
    const fromProvider = vi.fn();
    const fromProp = vi.fn();
    const { rerender } = render(<ConductorErrorAlert error={seed} />);
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();

    rerender(
      <ConductorErrorProvider onRetry={fromProvider}>
        <ConductorErrorAlert error={seed} />
      </ConductorErrorProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(fromProvider).toHaveBeenCalledTimes(1);

    rerender(
      <ConductorErrorProvider onRetry={fromProvider}>
        <ConductorErrorAlert error={seed} onRetry={fromProp} />
      </ConductorErrorProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(fromProp).toHaveBeenCalledTimes(1);
    expect(fromProvider).toHaveBeenCalledTimes(1);
  });

  it('offers Contact support when the app handles it, with the normalized error', async () => {
    const user = userEvent.setup();
    const contact = vi.fn();
    render(
      <ConductorErrorProvider onContactSupport={contact}>
        <ConductorErrorAlert error={{ error: seed }} />
      </ConductorErrorProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Contact support' }));
    expect(contact).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'QBD_CONNECTION_ERROR', requestId: seed.requestId }),
    );
  });

  it('has no Contact support button without a handler', () => {
    render(<ConductorErrorAlert error={seed} />);
    expect(screen.queryByRole('button', { name: 'Contact support' })).toBeNull();
  });

  it('in the compact layout shows one line: the title and How to fix', () => {
    render(<ConductorErrorAlert error={seed} compact onRetry={() => {}} />);
    const alert = screen.getByRole('status', { name: 'Could not reach QuickBooks Desktop' });
    expect(alert).toHaveAttribute('data-layout', 'compact');
    expect(
      within(alert)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['How to fix']);
    expect(within(alert).queryByRole('checkbox')).toBeNull();
    expect(within(alert).queryByText(/We could not connect/)).toBeNull();
  });

  it('does not take focus unless asked to', () => {
    const { unmount } = render(<ConductorErrorAlert error={seed} />);
    expect(document.body).toHaveFocus();
    unmount();
    render(<ConductorErrorAlert error={seed} autoFocus />);
    expect(screen.getByRole('status', { name: 'Could not reach QuickBooks Desktop' })).toHaveFocus();
  });

  it('merges className and passes other props to the root element', () => {
    render(<ConductorErrorAlert error={seed} className="mine" data-testid="root" id="payment-error" />);
    const root = screen.getByTestId('root');
    expect(root).toHaveClass('cui-alert', 'mine');
    expect(root).toHaveAttribute('id', 'payment-error');
  });
});
