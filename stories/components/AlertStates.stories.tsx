import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ConductorErrorAlert } from '../../src/index.js';
import {
  apiKeyInvalid,
  clientConnectionError,
  qbdConnectionError,
  qbdRequestError,
  qbdRequestTimeout,
  resourceMissing,
} from '../fixtures/errors.js';
import { v11Json, v12Json, wireEnvelope } from '../fixtures/shapes.js';
import { longMessageError, withoutRequestId } from '../fixtures/variants.js';
import { expectHonestCopy } from './copy-outcome.js';

/**
 * The full inline alert in each state a real Conductor error can put it in.
 * Every story passes the error in a shape a backend really sends.
 */
const meta = {
  title: 'Components/ConductorErrorAlert',
  component: ConductorErrorAlert,
  args: { error: wireEnvelope(qbdConnectionError), onRetry: fn() },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof ConductorErrorAlert>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Checks what every alert must do: its severity, its live-region role, and never the developer message. */
async function expectAlert(canvasElement: HTMLElement, severity: 'warning' | 'error', developerMessage: string) {
  const canvas = within(canvasElement);
  const alert = canvas.getByRole(severity === 'warning' ? 'status' : 'alert', { name: /./ });
  await expect(alert).toHaveAttribute('data-severity', severity);
  await expect(canvasElement).not.toHaveTextContent(developerMessage);
  return within(alert);
}

/** Conductor's own example: only the end user can fix it, so a warning with the steps as a checklist. */
export const ConnectionWarning: Story = {
  args: { onContactSupport: fn() },
  play: async ({ canvasElement, args }) => {
    const alert = await expectAlert(canvasElement, 'warning', qbdConnectionError.body.message);
    await expect(alert.getByText('Could not reach QuickBooks Desktop')).toBeVisible();
    await expect(alert.getAllByRole('checkbox')).toHaveLength(8);
    await expect(alert.getByText('Then try again.')).toBeVisible();
    await expect(alert.getByText('req_1234567890')).toBeVisible();
    await userEvent.click(alert.getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

/** The request id, copied from the alert for a support ticket. */
export const CopyRequestId: Story = {
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('status', { name: 'Could not reach QuickBooks Desktop' });
    await userEvent.click(within(alert).getByRole('button', { name: 'Copy request ID' }));
    await expectHonestCopy(alert.querySelector<HTMLElement>('[data-slot="copy"]') as HTMLElement, 'req_1234567890');
  },
};

/** QuickBooks Desktop refused the data: an error (the app's data is at fault), with steps. */
export const RequestError: Story = {
  args: { error: v12Json(qbdRequestError) },
  play: async ({ canvasElement }) => {
    const alert = await expectAlert(canvasElement, 'error', qbdRequestError.body.message);
    await expect(alert.getByText('QuickBooks Desktop rejected the request')).toBeVisible();
    await expect(alert.getAllByRole('checkbox').length).toBeGreaterThan(0);
  },
};

/** A message with no instruction in it renders as a paragraph: no empty checklist. */
export const WithoutSteps: Story = {
  args: { error: v11Json(resourceMissing) },
  play: async ({ canvasElement }) => {
    const alert = await expectAlert(canvasElement, 'error', resourceMissing.body.message);
    await expect(alert.queryByRole('checkbox')).toBeNull();
    await expect(alert.queryByRole('group')).toBeNull();
    await expect(alert.getByText(resourceMissing.body.userFacingMessage)).toBeVisible();
  },
};

/** A timeout: the end user waits and retries, so a warning; the one instruction reads as prose or a short list. */
export const Timeout: Story = {
  args: { error: wireEnvelope(qbdRequestTimeout) },
  play: async ({ canvasElement }) => {
    await expectAlert(canvasElement, 'warning', qbdRequestTimeout.body.message);
  },
};

/** A wrong API key: Conductor masks the text, and the request id is still offered for support. */
export const MaskedMessage: Story = {
  args: { error: v12Json(apiKeyInvalid) },
  play: async ({ canvasElement }) => {
    const alert = await expectAlert(canvasElement, 'error', 'sk_live_');
    await expect(alert.getByText(apiKeyInvalid.body.userFacingMessage)).toBeVisible();
    await expect(alert.getByText(apiKeyInvalid.body.requestId ?? '')).toBeVisible();
    await expect(alert.getByRole('button', { name: /copy request id/i })).toBeVisible();
  },
};

/** The server never reached Conductor, so there is no request id: no copy button either. */
export const NoRequestId: Story = {
  args: { error: v11Json(clientConnectionError) },
  play: async ({ canvasElement }) => {
    const alert = await expectAlert(canvasElement, 'error', 'ECONNREFUSED');
    await expect(alert.getByText('Could not reach the QuickBooks service')).toBeVisible();
    await expect(alert.queryByRole('button', { name: /copy/i })).toBeNull();
  },
};

/** The same seed error from a backend that drops the request id. */
export const NoRequestIdWithSteps: Story = {
  args: { error: withoutRequestId(qbdConnectionError.body) },
  play: async ({ canvasElement }) => {
    const alert = await expectAlert(canvasElement, 'warning', qbdConnectionError.body.message);
    await expect(alert.getAllByRole('checkbox')).toHaveLength(8);
    await expect(alert.queryByRole('button', { name: /copy/i })).toBeNull();
  },
};

/** Long prose, long labels and an unbroken file path stay inside a narrow column. */
export const VeryLongMessage: Story = {
  args: { error: longMessageError },
  decorators: [(Story) => <div style={{ maxWidth: '26rem' }}>{Story()}</div>],
  play: async ({ canvasElement }) => {
    const alert = canvasElement.querySelector<HTMLElement>('[data-slot="alert"]');
    await expect(alert).not.toBeNull();
    // Nothing sticks out of the column: the alert is no wider than its container.
    await expect(alert?.scrollWidth).toBeLessThanOrEqual((alert?.clientWidth ?? 0) + 1);
  },
};

/** Not a Conductor error at all (a plain string): the generic fallback, never a crash. */
export const NotAConductorError: Story = {
  args: { error: 'Service Unavailable' },
  play: async ({ canvasElement }) => {
    const alert = await expectAlert(canvasElement, 'error', 'Service Unavailable');
    await expect(alert.getByText('Something went wrong')).toBeVisible();
  },
};
