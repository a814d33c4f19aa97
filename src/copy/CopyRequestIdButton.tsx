'use client';
// The request-id copy button, and the copy button with its outcome that it
// shares with the details dialog's values.
import { type ComponentProps, type ReactNode, useId } from 'react';
import { formatSupportDetails, normalizeConductorError } from '../core/index.js';
import { filled } from '../core/normalize/read.js';
import type { ConductorErrorStrings } from '../i18n/strings.js';
import { useMessageIsUserFacing, useStringsWith } from '../provider/context.js';
import { cx } from '../utils/cx.js';
import { type CopyState, type UseCopyToClipboardOptions, useCopyToClipboard } from './useCopyToClipboard.js';

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
  /**
   * Read a `message` that came over the wire as the end-user text where there
   * is no `userFacingMessage`, for a backend that follows Conductor's documented
   * handlers. Off by default; only `true` turns it on. Wins over the provider's.
   */
  messageIsUserFacing?: boolean;
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
  messageIsUserFacing,
  className,
  ...rest
}: CopyRequestIdButtonProps): ReactNode {
  // Key by key, as everywhere: an override of the wrong type falls back, never a nameless button.
  const strings = useStringsWith(overrides);
  // Without an `error` this is Conductor's generic error, which has no request id.
  const normalized = normalizeConductorError(error, {
    messageIsUserFacing: useMessageIsUserFacing(messageIsUserFacing),
  });
  // A blank or non-string `requestId` counts as none.
  const id = filled(requestId)?.trim() || normalized.requestId;
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
