import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { SEED_USER_FACING_MESSAGE } from '../fixtures/seed.js';
import { FixPlanView } from './FixPlanView.js';

const meta = {
  title: 'Core/parseFixSteps',
  component: FixPlanView,
  args: { initialMessage: SEED_USER_FACING_MESSAGE },
} satisfies Meta<typeof FixPlanView>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Conductor's own example: eight steps and "Then try again." as the outro. */
export const SeedMessage: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const steps = within(canvas.getByRole('list', { name: 'steps' })).getAllByRole('listitem');
    const topLevel = steps.filter((item) => item.parentElement?.getAttribute('aria-label') === 'steps');
    await expect(topLevel).toHaveLength(8);
    await expect(topLevel[0]).toHaveTextContent(/^open QuickBooks Desktop/);
    await expect(topLevel[2]).toHaveTextContent('menuPath: Edit > Preferences > Integrated Applications');
    await expect(topLevel[7]).toHaveTextContent('labels: “OK”');
    await expect(canvas.getByTestId('outro')).toHaveTextContent('Then try again.');
  },
};

/** A message with no instruction in it: the whole text is the intro and there are no steps. */
export const NoInstructions: Story = {
  args: { initialMessage: 'An internal server error occurred. Please try again later.' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('list', { name: 'steps' })).toBeNull();
    await expect(canvas.getByText('(no steps)')).toBeVisible();
    await expect(canvas.getByTestId('intro')).toHaveTextContent(
      'An internal server error occurred. Please try again later.',
    );
  },
};

/** A flattened numbered list, as support teams often write one. */
export const NumberedList: Story = {
  args: {
    initialMessage:
      'QuickBooks Desktop is not open. Here are the steps: 1. Open QuickBooks Desktop. 2. Open the company file. ' +
      "3. Go to File > Switch to Multi-user Mode. 4. Click 'Yes'.",
  },
};

/** The plan follows the text area as you type: clear it and write a two-step message. */
export const LiveAsYouType: Story = {
  args: { initialMessage: '' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: /message/i });
    await expect(canvas.getByText('(no steps)')).toBeVisible();
    await userEvent.type(input, "To fix this, open QuickBooks Desktop, then click 'OK'. Then try again.");
    const list = await canvas.findByRole('list', { name: 'steps' });
    await expect(list.children).toHaveLength(2);
    await expect(list.children[1]).toHaveTextContent('labels: “OK”');
    await expect(canvas.getByTestId('outro')).toHaveTextContent('Then try again.');
  },
};
