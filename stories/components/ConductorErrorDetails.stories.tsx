import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import { ConductorErrorAlert, ConductorErrorDetails } from '../../src/index.js';
import { apiKeyInvalid, qbdConnectionError } from '../fixtures/errors.js';
import { v12Json, wireEnvelope } from '../fixtures/shapes.js';

/**
 * The details dialog (Radix Dialog): title, the message with its checklist, and
 * the technical facts support asks for, each copyable. It renders in a portal
 * at the end of <body>, so play functions look for it on `screen`.
 */
const meta = {
  title: 'Components/ConductorErrorDetails',
  component: ConductorErrorDetails,
  args: { error: wireEnvelope(qbdConnectionError), onOpenChange: fn() },
} satisfies Meta<typeof ConductorErrorDetails>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Open from the start, as after a click on Details. Left out of the docs page:
 * an open modal dialog there would cover the page.
 */
export const Open: Story = {
  args: { defaultOpen: true },
  tags: ['!autodocs'],
  play: async () => {
    const dialog = within(await screen.findByRole('dialog', { name: 'Could not reach QuickBooks Desktop' }));
    // The dialog fades in: wait for it to be fully shown.
    await waitFor(() => expect(dialog.getByText('0x80040420')).toBeVisible());
    await expect(dialog.getByText('req_1234567890')).toBeVisible();
    await expect(dialog.getAllByRole('checkbox')).toHaveLength(8);
    // Developer details are off by default: the raw QuickBooks message stays in the logs.
    await expect(dialog.queryByText(qbdConnectionError.body.message)).toBeNull();
  },
};

/** Keyboard only: Enter on the trigger opens it with focus inside; Escape closes it and focus returns. */
export const OpenAndCloseByKeyboard: Story = {
  play: async ({ canvasElement, args }) => {
    const trigger = within(canvasElement).getByRole('button', { name: 'Details' });
    await userEvent.tab();
    await expect(trigger).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    await expect(args.onOpenChange).toHaveBeenLastCalledWith(true);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await expect(trigger).toHaveFocus();
    await expect(args.onOpenChange).toHaveBeenLastCalledWith(false);
  },
};

/** For admin and developer screens only: the developer message is listed too. */
export const WithDeveloperDetails: Story = {
  args: { error: v12Json(apiKeyInvalid), defaultOpen: true, showDeveloperDetails: true },
  tags: ['!autodocs'],
  play: async () => {
    const dialog = within(await screen.findByRole('dialog'));
    await waitFor(() => expect(dialog.getByText(apiKeyInvalid.body.message)).toBeVisible());
  },
};

/**
 * From the alert: its Details button loads and opens the dialog, Tab stays
 * inside it while open, and Escape brings focus back to the button.
 */
export const FromTheAlert: Story = {
  render: (args) => <ConductorErrorAlert error={args.error} />,
  play: async ({ canvasElement }) => {
    const details = within(canvasElement).getByRole('button', { name: 'Details' });
    details.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    await expect(details).toHaveAttribute('aria-expanded', 'true');
    // Focus is trapped: a full round of Tab presses never leaves the dialog.
    for (let press = 0; press < 20; press += 1) {
      await userEvent.tab();
      await expect(dialog.contains(document.activeElement)).toBe(true);
    }
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await expect(details).toHaveFocus();
  },
};
