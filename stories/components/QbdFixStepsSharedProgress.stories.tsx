import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import { ConductorErrorAlert } from '../../src/index.js';
import { qbdConnectionError } from '../fixtures/errors.js';

/**
 * The checklist inside an alert: the inline checklist and the one in the
 * alert's details dialog show one progress for one error.
 */
const meta = {
  title: 'Components/QbdFixSteps/Shared progress',
  component: ConductorErrorAlert,
  args: { error: qbdConnectionError.body },
  tags: ['!autodocs'],
} satisfies Meta<typeof ConductorErrorAlert>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * One progress for one error: steps ticked in the alert show as ticked in its
 * details dialog, and the other way round.
 */
export const InlineAndInTheDialog: Story = {
  args: { fixStepsProps: { onCheckedChange: fn() } },
  play: async ({ canvasElement, args }) => {
    const alert = within(canvasElement);
    await userEvent.click(alert.getAllByRole('checkbox')[0] as HTMLElement);
    await userEvent.click(alert.getAllByRole('checkbox')[1] as HTMLElement);
    await userEvent.click(alert.getByRole('button', { name: 'Details' }));
    const dialog = within(await screen.findByRole('dialog'));
    // The dialog fades in: visible once its animation has run.
    await waitFor(() => expect(dialog.getByText('2 of 8 done')).toBeVisible());
    await userEvent.click(dialog.getAllByRole('checkbox')[2] as HTMLElement);
    await userEvent.click(dialog.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(alert.getByText('3 of 8 done')).toBeVisible());
    await expect(args.fixStepsProps?.onCheckedChange).toHaveBeenCalledTimes(3);
  },
};

/** The compact alert's checklist lives in its dialog: closing and reopening the dialog keeps the ticks. */
export const CompactKeepsProgress: Story = {
  args: { compact: true },
  play: async ({ canvasElement }) => {
    const howToFix = within(canvasElement).getByRole('button', { name: 'How to fix' });
    await userEvent.click(howToFix);
    let dialog = within(await screen.findByRole('dialog'));
    await userEvent.click(dialog.getAllByRole('checkbox')[0] as HTMLElement);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await userEvent.click(howToFix);
    dialog = within(await screen.findByRole('dialog'));
    await expect(dialog.getAllByRole('checkbox')[0]).toBeChecked();
    await waitFor(() => expect(dialog.getByText('1 of 8 done')).toBeVisible());
  },
};
