// The alert's Details and How to fix buttons open the details dialog, which is
// loaded on first use; the developer message appears there only on request.
import '@testing-library/jest-dom/vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ConductorErrorAlert } from '../../src/alert/ConductorErrorAlert.js';
import { qbdConnectionError } from '../../stories/fixtures/errors.js';
import { SEED_MESSAGE, SEED_REQUEST_ID } from '../../stories/fixtures/seed.js';

const seed = qbdConnectionError.body;

describe('ConductorErrorAlert details dialog', () => {
  it('renders no dialog until the user asks for it', () => {
    render(<ConductorErrorAlert error={seed} />);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Details' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('opens the dialog with the technical facts, without the developer message', async () => {
    const user = userEvent.setup();
    render(<ConductorErrorAlert error={seed} />);
    await user.click(screen.getByRole('button', { name: 'Details' }));
    const dialog = await screen.findByRole('dialog', { name: 'Could not reach QuickBooks Desktop' });
    for (const value of [
      'QBD_CONNECTION_ERROR',
      'INTEGRATION_CONNECTION_ERROR',
      '0x80040420',
      '502',
      SEED_REQUEST_ID,
    ]) {
      expect(within(dialog).getByText(value, { selector: 'code' })).toBeInTheDocument();
    }
    expect(document.body.innerHTML).not.toContain(SEED_MESSAGE);
  });

  it('shows the developer message in the dialog with showDeveloperDetails, and still not in the alert', async () => {
    const user = userEvent.setup();
    render(<ConductorErrorAlert error={seed} showDeveloperDetails />);
    expect(screen.getByRole('status', { name: 'Could not reach QuickBooks Desktop' })).not.toHaveTextContent(
      SEED_MESSAGE,
    );
    await user.click(screen.getByRole('button', { name: 'Details' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(SEED_MESSAGE)).toBeInTheDocument();
  });

  it('opens the same dialog from the compact layout, and closes it again', async () => {
    const user = userEvent.setup();
    render(<ConductorErrorAlert error={seed} compact />);
    const howToFix = screen.getByRole('button', { name: 'How to fix' });
    await user.click(howToFix);
    const dialog = await screen.findByRole('dialog', { name: 'Could not reach QuickBooks Desktop' });
    expect(within(dialog).getAllByRole('checkbox')).toHaveLength(8);
    expect(howToFix).toHaveAttribute('aria-expanded', 'true');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(howToFix).toHaveAttribute('aria-expanded', 'false');
    expect(howToFix).toHaveFocus();
  });

  it('carries the alert’s own strings and title into the dialog', async () => {
    const user = userEvent.setup();
    render(
      <ConductorErrorAlert
        error={seed}
        title="QuickBooks is locked"
        strings={{ showDetails: 'More', close: 'Done' }}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'More' }));
    const dialog = await screen.findByRole('dialog', { name: 'QuickBooks is locked' });
    expect(within(dialog).getByRole('button', { name: 'Done' })).toBeInTheDocument();
  });
});
