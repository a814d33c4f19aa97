// Shared by the copy stories: after a click on a copy button, what is shown
// must match what really happened, whichever way the browser decided. The
// clipboard is shared by every story running at the same time, so all copy
// stories copy the same text (the seed's request id) and never clear it: a
// story running beside another cannot see a different text there.
import { expect, waitFor, within } from 'storybook/test';

/**
 * Waits for the copy under `root` (a `.cui-copy` element) to finish and checks
 * it is honest: "Copied" only with the text really on the clipboard (read back
 * when the page may read it), otherwise no "Copied" and the text offered,
 * selected, in a read-only field to copy by hand.
 */
export async function expectHonestCopy(root: HTMLElement, text: string): Promise<'copied' | 'failed'> {
  await waitFor(() => expect(root.getAttribute('data-state')).not.toBe('idle'));
  const copy = within(root);
  const status = copy.getByRole('status');
  if (root.getAttribute('data-state') === 'copied') {
    await expect(status).toHaveTextContent('Copied');
    const onClipboard = await navigator.clipboard.readText().catch(() => undefined);
    if (onClipboard !== undefined) await expect(onClipboard).toBe(text);
    await expect(copy.queryByRole('textbox')).toBeNull();
    return 'copied';
  }
  await expect(root).toHaveAttribute('data-state', 'failed');
  await expect(status).not.toHaveTextContent('Copied');
  await expect(copy.getByRole('textbox', { name: 'Text to copy' })).toHaveValue(text);
  return 'failed';
}
