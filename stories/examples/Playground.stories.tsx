import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { qbdConnectionError } from '../fixtures/errors.js';
import { wireEnvelope } from '../fixtures/shapes.js';
import { Playground } from './Playground.js';

/** Paste what your backend returned; the alert follows as you type. */
const meta = {
  title: 'Examples/Playground',
  component: Playground,
  args: { initialJson: JSON.stringify(wireEnvelope(qbdConnectionError), null, 2), onRetry: fn() },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof Playground>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Starts with Conductor's own example in the wire envelope. */
export const Playground_: Story = {
  name: 'Playground',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByTestId('playground-feedback')).toHaveTextContent(
      'read as type INTEGRATION_CONNECTION_ERROR, code QBD_CONNECTION_ERROR',
    );
    await expect(canvas.getByText('Could not reach QuickBooks Desktop')).toBeVisible();
  },
};

/** The menu loads any fixture in any shape the core reads; the alert follows. */
export const LoadAnExample: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const menu = canvas.getByRole('combobox', { name: 'Load an example' });
    const option = within(menu).getByRole('option', { name: /^API_KEY_INVALID.*\(v12 APIError JSON\)$/ });
    await userEvent.selectOptions(menu, option);
    const input = canvas.getByRole('textbox', { name: 'JSON from your backend' }) as HTMLTextAreaElement;
    await expect(input.value).toContain('"status": 401');
    await expect(canvas.getByRole('alert')).toHaveTextContent('Could not sign in to the QuickBooks service');
  },
};

/** Broken JSON: a clear message tied to the text area, no alert, no crash; fixing it brings the alert back. */
export const BadJson: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: 'JSON from your backend' });
    await userEvent.clear(input);
    await userEvent.click(input);
    await userEvent.paste('{ error: { code: "QBD_REQUEST_ERROR" } }');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(/^This is not valid JSON: /);
    await expect(canvas.queryByRole('alert')).toBeNull();
    await expect(canvas.getByText('The alert appears here once the JSON is valid.')).toBeVisible();

    await userEvent.clear(input);
    await userEvent.paste('{ "error": { "type": "INTEGRATION_ERROR", "code": "QBD_REQUEST_ERROR" } }');
    await expect(input).toHaveAttribute('aria-invalid', 'false');
    await expect(canvas.getByRole('alert')).toHaveTextContent('QuickBooks Desktop rejected the request');
  },
};

/** Valid JSON that is not a Conductor error gets the alert's generic fallback, as it would in an app. */
export const NotAConductorError: Story = {
  args: { initialJson: '[1, 2, 3]' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByTestId('playground-feedback')).toHaveTextContent('read as type UNKNOWN_ERROR');
    await expect(canvas.getByRole('alert')).toHaveTextContent('Something went wrong');
  },
};

/** An empty text area asks for JSON instead of showing an error about nothing. */
export const Empty: Story = {
  args: { initialJson: '' },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'JSON from your backend' });
    await expect(input).toHaveAccessibleDescription('The text area is empty. Paste the JSON your backend returned.');
  },
};
