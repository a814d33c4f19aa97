import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import { qbdConnectionError } from '../fixtures/errors.js';
import { SonnerToastPage } from './sonner-toast.js';

/**
 * The compact alert in a real [sonner](https://sonner.emilkowal.ski) toast, as
 * an app shows it with `toast.custom(() => <ConductorErrorAlert compact error={json} />)`.
 * In sonner's 356 px column, or narrower, the title wraps and "How to fix"
 * moves below it; nothing is cut off. The details dialog it opens is drawn
 * above the toast (`--cui-dialog-z-index`, above every common toaster's).
 *
 * Give the toast `duration: Infinity`: the dialog belongs to the toast, and a
 * toast that closes on its timer takes the open dialog with it.
 */
const meta = {
  title: 'Layouts/Compact alert/In a sonner toast',
  component: SonnerToastPage,
  args: { error: qbdConnectionError.body },
  tags: ['!autodocs'],
} satisfies Meta<typeof SonnerToastPage>;

export default meta;
type Story = StoryObj<typeof meta>;

const TITLE = 'Could not reach QuickBooks Desktop';

/**
 * Finds the toast, checks it fits its column with the whole title shown, then
 * opens the dialog and checks its Close button is what is drawn on top.
 */
async function playToast(canvasElement: HTMLElement): Promise<void> {
  const alert = await within(canvasElement).findByRole('status', { name: TITLE });
  const column = alert.closest('[data-sonner-toaster]') as HTMLElement;
  await expect(alert.offsetWidth).toBeLessThanOrEqual(column.clientWidth);
  const title = alert.querySelector('[data-slot="alert-title"]') as HTMLElement;
  await expect(title).toHaveTextContent(TITLE);
  await expect(title.scrollWidth).toBeLessThanOrEqual(title.clientWidth);

  await userEvent.click(within(alert).getByRole('button', { name: 'How to fix' }));
  const dialog = await screen.findByRole('dialog', { name: TITLE });
  const close = within(dialog).getByRole('button', { name: 'Close' });
  // The dialog zooms in: hit-test once it has settled where it stays.
  await waitFor(() => expect(getComputedStyle(dialog).scale).toBe('none'));
  const box = close.getBoundingClientRect();
  const topmost = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  await expect(close.contains(topmost)).toBe(true);
  // Left open, so the accessibility check after the story covers the dialog over the toast.
}

/** Sonner's own column, 356 px: the title on two lines, "How to fix" below it. */
export const InASonnerToast: Story = {
  play: async ({ canvasElement }) => playToast(canvasElement),
};

/** A 280 px column (`--width` on the toaster), the narrowest the compact alert is made for. */
export const NarrowColumn: Story = {
  args: { width: 280 },
  play: async ({ canvasElement }) => playToast(canvasElement),
};

/** The dark theme, in the toast and in the dialog over it. */
export const Dark: Story = {
  args: { theme: 'dark' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => playToast(canvasElement),
};
