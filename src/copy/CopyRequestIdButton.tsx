'use client';
// Copying text: the async Clipboard API first, then the legacy path, a hidden
// textarea and `document.execCommand('copy')`. Browsers without the async API
// (insecure origins, old WebViews) and pages whose clipboard permission is
// denied still allow the legacy path during a user gesture, so it is worth one
// try before the user is asked to copy by hand.
import { type ComponentProps, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { formatSupportDetails, normalizeConductorError } from '../core/index.js';
import type { ConductorErrorStrings } from '../i18n/strings.js';
import { useConductorErrorStrings } from '../provider/context.js';
import { cx } from '../utils/cx.js';

/** Where a copy stands: nothing yet (or reset), done, or failed. */
export type CopyState = 'idle' | 'copied' | 'failed';

/** Options of `useCopyToClipboard`. */
export interface UseCopyToClipboardOptions {
  /**
   * Milliseconds after which `state` returns to `'idle'`. Default 2000. A value
   * that is not a positive finite number keeps the outcome until the next copy.
   */
  resetAfterMs?: number | undefined;
  /** Called with the text once it is really on the clipboard. */
  onCopy?: ((text: string) => void) | undefined;
  /** Called when every way of copying failed; the error's `cause` is the Clipboard API's refusal. */
  onCopyError?: ((error: Error) => void) | undefined;
}

/** What `useCopyToClipboard` returns. */
export interface CopyToClipboard {
  /** The outcome of the latest copy, for `data-state` and announcements. */
  state: CopyState;
  /**
   * After a failed copy, the text to offer for copying by hand and the number
   * of that copy (each failure has a new one, so focus moves to the text again);
   * `undefined` until a copy fails and again after one works.
   */
  manual: [text: string, copy: number] | undefined;
  /** Copies `text`; resolves `true` only when it really reached the clipboard. Rejects only when a callback throws. */
  copy: (text: string) => Promise<boolean>;
}

/**
 * Copies with `document.execCommand('copy')` from a hidden textarea, then puts
 * focus back. Returns the command's own verdict:
 * `false` when the browser refused (for example outside a user gesture) or threw.
 */
function execCopy(text: string): boolean {
  const active = document.activeElement as HTMLElement | null;
  const field = document.createElement('textarea');
  // Read-only keeps touch keyboards closed. No aria-hidden: it lives only within
  // this synchronous call, so assistive technology never meets it.
  field.value = text;
  field.readOnly = true;
  // Fixed at the top so focusing it never scrolls the page. Never painted: it is
  // gone again before this call returns.
  field.style.cssText = 'position:fixed;top:0';
  // A modal keeps focus inside itself: a textarea outside it would lose focus before the copy.
  (active?.closest('dialog,[role$=dialog],[aria-modal]') ?? document.body).append(field);
  try {
    field.focus();
    // Selects on iOS Safari too, which ignores select() on read-only fields.
    field.setSelectionRange(0, text.length);
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    field.remove();
    active?.focus();
  }
}

/**
 * Copies text with the best mechanism the browser allows and reports the real
 * outcome, keeping the text of a failed copy to offer by hand. The reset timer
 * is cleared on a new copy and on unmount, and a result that arrives after
 * unmount or after a newer copy does not touch state.
 */
export function useCopyToClipboard({
  resetAfterMs = 2000,
  onCopy,
  onCopyError,
}: UseCopyToClipboardOptions = {}): CopyToClipboard {
  const [state, setState] = useState<CopyState>('idle');
  const [manual, setManual] = useState<CopyToClipboard['manual']>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // Numbers the copies; unmounting moves it on too, so a result whose number is
  // no longer current (a newer copy started, or the component is gone) is dropped.
  const latest = useRef(0);
  useEffect(
    () => () => {
      latest.current++;
      clearTimeout(timer.current);
    },
    [],
  );

  const copy = async (text: string): Promise<boolean> => {
    clearTimeout(timer.current);
    const current = ++latest.current;
    // Back to idle first, so a repeated outcome changes the live region and is announced again.
    setState('idle');
    let error: Error | undefined;
    try {
      // Throws at once where there is no Clipboard API (insecure origins, old WebViews).
      await navigator.clipboard.writeText(text);
    } catch (cause) {
      if (!execCopy(text)) error = new Error('Copy failed', { cause });
    }
    if (current === latest.current) {
      setState(error ? 'failed' : 'copied');
      setManual(error && [text, current]);
      if (resetAfterMs > 0 && resetAfterMs < 1 / 0) timer.current = setTimeout(setState, resetAfterMs, 'idle');
    }
    // Callbacks last, outside the try: an app's throwing onCopy must not turn a copy into a failure.
    if (error) onCopyError?.(error);
    else onCopy?.(text);
    return !error;
  };

  return { state, manual, copy };
}

/** The strings a copy button shows after a click. */
export type CopyButtonStrings = Pick<
  ConductorErrorStrings,
  'copied' | 'copyFailed' | 'copyManualHint' | 'copyManualFieldLabel'
>;

/**
 * The one copy mechanism of the library, shared by `CopyRequestIdButton` and
 * the details dialog's field values: a button copying `text()` at click time,
 * its outcome in a polite live region that exists before the click ("Copied"
 * only after a real copy), and after a failure the text, focused and selected,
 * in a labelled read-only field with the "Press Ctrl+C" hint. Returns the
 * copy's state too, for a wrapper's `data-state`.
 */
export function useCopyButton(
  text: () => string,
  button: ComponentProps<'button'> & { 'data-slot': string },
  strings: CopyButtonStrings,
  options?: UseCopyToClipboardOptions,
): [CopyState, ReactNode] {
  const { state, manual, copy } = useCopyToClipboard(options);
  const id = useId();
  const hintId = useId();
  return [
    state,
    <>
      <button type="button" {...button} data-state={state} onClick={() => copy(text())} />{' '}
      {/* In the DOM from the first render: a live region added with its text is often not announced. */}
      <span role="status" aria-live="polite" data-slot="status">
        {state === 'copied' ? strings.copied : state === 'failed' ? strings.copyFailed : ''}
      </span>
      {manual && (
        <div data-slot="manual">
          <label htmlFor={id}>{strings.copyManualFieldLabel}</label>
          <textarea
            // Focused as it mounts, and remounted by each new failure, so focus
            // moves to it again; focusing selects the text, so Ctrl+C (⌘C) works
            // at once, and again when the user tabs back to it.
            key={manual[1]}
            // biome-ignore lint/a11y/noAutofocus: it appears because the user's copy failed; the next step is here.
            autoFocus
            onFocus={(event) => event.target.select()}
            id={id}
            readOnly
            value={manual[0]}
            // As many rows as lines: support details have at most eight, one per fact.
            rows={manual[0].split('\n').length}
            aria-describedby={hintId}
          />
          <p id={hintId}>{strings.copyManualHint}</p>
        </div>
      )}
    </>,
  ];
}

/** What the button copies. */
export type CopyRequestIdContent = 'requestId' | 'supportDetails';

/** Strings of the copy button that a prop can override one by one. */
export type CopyRequestIdStrings = Partial<
  CopyButtonStrings & Pick<ConductorErrorStrings, 'requestId' | 'copyRequestId' | 'copySupportDetails'>
>;

/** Props of `CopyRequestIdButton`; the rest go to the root `<div>`. */
export interface CopyRequestIdButtonProps
  extends Omit<ComponentProps<'div'>, 'children' | 'onCopy'>,
    UseCopyToClipboardOptions {
  /** The request id to show and copy. Taken from `error` when absent. */
  requestId?: string | undefined;
  /** Any error shape `normalizeConductorError` reads: the source of the id and of the support details. */
  error?: unknown;
  /** `'requestId'` (default) copies the bare id; `'supportDetails'` copies the full text for a support ticket. */
  copy?: CopyRequestIdContent;
  /** Shows the id in a `<code>` with its label. Default `true`; turn off where the id is already on screen. */
  showRequestId?: boolean;
  /**
   * Overrides for this button's strings: the id's label (`requestId`), the
   * button's text (`copyRequestId`, `copySupportDetails`) and the outcome and
   * manual-copy strings.
   */
  strings?: CopyRequestIdStrings;
}

/**
 * Shows Conductor's request id and copies it (or the full support details) to
 * the clipboard, saying "Copied" only when the copy really happened. When the
 * browser refuses every way of copying, the text appears selected in a
 * read-only field with a "Press Ctrl+C" hint.
 *
 * Renders nothing when there is no request id in `'requestId'` mode, since
 * there is nothing to copy; in `'supportDetails'` mode it renders whenever
 * `error` or `requestId` is given.
 *
 * Styling hooks: `.cui-copy`; `[data-state="idle|copied|failed"]` on the root and
 * on `[data-slot="button"]`; parts `[data-slot="label"]`, `[data-slot="value"]`,
 * `[data-slot="status"]` (the polite live region), and `[data-slot="manual"]`
 * holding the `<label>`, the read-only `<textarea>` and the hint `<p>`.
 *
 * `ref` reaches the root `<div>` on React 19; React 18 does not forward it.
 */
export function CopyRequestIdButton({
  requestId,
  error,
  copy,
  showRequestId = true,
  resetAfterMs,
  onCopy,
  onCopyError,
  strings: overrides,
  className,
  ...rest
}: CopyRequestIdButtonProps): ReactNode {
  const strings = { ...useConductorErrorStrings(), ...overrides };
  // Without an `error` this is Conductor's generic error, which has no request id.
  const normalized = normalizeConductorError(error);
  // A blank or non-string `requestId` counts as none.
  const id = requestId?.trim?.() || normalized.requestId;
  const details = copy === 'supportDetails';
  const [state, button] = useCopyButton(
    // Formatted at click time: the details carry the time of the copy. The
    // strings share their keys with the core's labels, so they localise them.
    () => (details ? formatSupportDetails({ ...normalized, requestId: id }, { labels: strings }) : (id as string)),
    { 'data-slot': 'button', children: details ? strings.copySupportDetails : strings.copyRequestId },
    strings,
    { resetAfterMs, onCopy, onCopyError },
  );
  return id || (details && error !== undefined) ? (
    <div {...rest} className={cx('cui-copy', className)} data-slot="copy" data-state={state}>
      {showRequestId && id && (
        <>
          <span data-slot="label">{strings.requestId}</span> <code data-slot="value">{id}</code>{' '}
        </>
      )}
      {button}
    </div>
  ) : null;
}
