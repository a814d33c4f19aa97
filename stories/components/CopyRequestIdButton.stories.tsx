import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { CopyRequestIdButton } from '../../src/index.js';
import { qbdConnectionError } from '../fixtures/errors.js';
import { SEED_REQUEST_ID } from '../fixtures/seed.js';
import { expectHonestCopy } from './copy-outcome.js';

/**
 * Stands in for a browser that refuses every way of copying (an insecure page,
 * a denied permission, a locked-down WebView): no async Clipboard API, and
 * `execCommand('copy')` answering `false`. A `beforeEach`, not a decorator's
 * effect, so Storybook undoes it exactly when the story is left.
 */
function withoutClipboard(): () => void {
  const execCommand = Document.prototype.execCommand;
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
  Document.prototype.execCommand = () => false;
  return () => {
    // The own property hid the prototype's getter; removing it brings the real clipboard back.
    Reflect.deleteProperty(navigator, 'clipboard');
    Document.prototype.execCommand = execCommand;
  };
}

/**
 * The request id with a copy button. It says "Copied" only once the text is
 * really on the clipboard; when copying is impossible it offers the text,
 * selected, to copy by hand.
 */
const meta = {
  title: 'Components/CopyRequestIdButton',
  component: CopyRequestIdButton,
  args: { requestId: SEED_REQUEST_ID, onCopy: fn(), onCopyError: fn(), resetAfterMs: 0 },
} satisfies Meta<typeof CopyRequestIdButton>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Copies the id. Whether a browser lets a script write the clipboard depends on
 * its permissions (the story tests grant them; a browser showing Storybook may
 * not), so the play function accepts either honest outcome and checks that
 * what is shown matches what really happened, reading the clipboard back when
 * it is allowed to.
 */
export const CopyTheRequestId: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(SEED_REQUEST_ID)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Copy request ID' }));
    const root = canvasElement.querySelector<HTMLElement>('[data-slot="copy"]') as HTMLElement;
    if ((await expectHonestCopy(root, SEED_REQUEST_ID)) === 'copied') {
      await expect(args.onCopy).toHaveBeenCalledWith(SEED_REQUEST_ID);
      await expect(args.onCopyError).not.toHaveBeenCalled();
    } else {
      await expect(args.onCopy).not.toHaveBeenCalled();
    }
  },
};

/** Every way of copying fails: no "Copied"; the id waits selected in a read-only field with a hint. */
export const CopyFailure: Story = {
  beforeEach: withoutClipboard,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Copy request ID' }));
    const field = await canvas.findByRole('textbox', { name: 'Text to copy' });
    await expect(field).toHaveValue(SEED_REQUEST_ID);
    await expect(field).toHaveAttribute('readonly');
    await expect(canvas.getByRole('status')).toHaveTextContent('Could not copy automatically');
    await expect(canvasElement).not.toHaveTextContent('Copied');
    await expect(canvas.getByText(/Ctrl\+C/)).toBeVisible();
    await expect(args.onCopyError).toHaveBeenCalledTimes(1);
    await expect(args.onCopy).not.toHaveBeenCalled();
  },
};

/** Copies the whole support text (request id, code, type, QuickBooks code, status, time, message). */
export const SupportDetails: Story = {
  args: { requestId: undefined, error: { error: qbdConnectionError.body }, copy: 'supportDetails' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Copy support details' })).toBeVisible();
  },
};

/** Without a request id there is nothing to copy, so nothing renders. */
export const NoRequestId: Story = {
  args: { requestId: undefined },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('button')).toBeNull();
  },
};
