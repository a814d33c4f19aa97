import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import { ConductorErrorAlert } from '../../src/index.js';
import { apiKeyInvalid, connectionNotActive, qbdConnectionError, qbdRequestError } from '../fixtures/errors.js';
import { v11Json, v12Json, wireEnvelope } from '../fixtures/shapes.js';

/**
 * `compact`: the title and a "How to fix" button that opens the details
 * dialog, for places with no room for a checklist. One line where there is
 * room; in a narrow place the title wraps and the button moves below it. The
 * same in a real sonner toast: "Compact alert/In a sonner toast".
 */
const meta = {
  title: 'Layouts/Compact alert',
  component: ConductorErrorAlert,
  args: { error: wireEnvelope(qbdConnectionError), compact: true },
  tags: ['!autodocs'],
} satisfies Meta<typeof ConductorErrorAlert>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A sync history where each failed row explains itself in one line. */
const ROWS = [
  { company: 'Northwind Wholesale', when: 'Today, 09:14', error: wireEnvelope(qbdConnectionError) },
  { company: 'Harbor Street Bakery', when: 'Today, 08:52', error: undefined },
  { company: 'Alder & Finch LLP', when: 'Yesterday, 17:03', error: v12Json(qbdRequestError) },
  { company: 'Copperline Tools', when: 'Yesterday, 16:40', error: v11Json(connectionNotActive) },
];

/** Compact alerts inside table cells; `role="group"`, since a history table is not news to announce on load. */
export const InTableRow: Story = {
  render: () => (
    <table style={{ borderCollapse: 'collapse', width: '100%' }}>
      <caption style={{ textAlign: 'start', fontWeight: 600, paddingBlockEnd: '0.5rem' }}>
        Last QuickBooks syncs
      </caption>
      <thead>
        <tr>
          <th scope="col" style={{ textAlign: 'start' }}>
            Company
          </th>
          <th scope="col" style={{ textAlign: 'start' }}>
            Started
          </th>
          <th scope="col" style={{ textAlign: 'start' }}>
            Result
          </th>
        </tr>
      </thead>
      <tbody>
        {ROWS.map((row) => (
          <tr key={row.company} style={{ borderBlockStart: '1px solid var(--cui-color-neutral-border, #d1d9e0)' }}>
            <td style={{ padding: '0.5rem 0.5rem 0.5rem 0' }}>{row.company}</td>
            <td style={{ padding: '0.5rem 0.5rem 0.5rem 0' }}>{row.when}</td>
            <td style={{ padding: '0.5rem 0' }}>
              {row.error === undefined ? 'Synced' : <ConductorErrorAlert error={row.error} compact role="group" />}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const buttons = canvas.getAllByRole('button', { name: 'How to fix' });
    await expect(buttons).toHaveLength(3);
    // The checklist lives in the dialog, not in the row.
    await expect(canvas.queryByRole('checkbox')).toBeNull();
    await userEvent.click(buttons[1] as HTMLElement);
    const dialog = await screen.findByRole('dialog', { name: 'QuickBooks Desktop rejected the request' });
    await expect(within(dialog).getAllByRole('checkbox').length).toBeGreaterThan(0);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await expect(buttons[1]).toHaveFocus();
  },
};

/** A compact alert as a hand-made toast in the corner of the page. */
export const InToast: Story = {
  args: { error: v12Json(apiKeyInvalid) },
  render: (args) => (
    <div style={{ minHeight: '12rem' }}>
      <p>Your invoices are listed here.</p>
      <section
        aria-label="Notifications"
        style={{ position: 'absolute', insetBlockEnd: '1rem', insetInlineEnd: '1rem', maxWidth: '26rem' }}
      >
        <ConductorErrorAlert {...args} style={{ boxShadow: 'var(--cui-shadow)' }} />
      </section>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const toast = within(within(canvasElement).getByRole('region', { name: 'Notifications' }));
    await expect(toast.getByRole('alert')).toHaveAttribute('data-layout', 'compact');
    await expect(toast.getByText('Could not sign in to the QuickBooks service')).toBeVisible();
  },
};

/** A warning toast: only the end user can fix it, so a polite status rather than an alert. */
export const WarningToast: Story = {
  render: InToast.render,
  play: async ({ canvasElement }) => {
    const toast = within(within(canvasElement).getByRole('region', { name: 'Notifications' }));
    await expect(toast.getByRole('status')).toHaveAttribute('data-severity', 'warning');
  },
};
