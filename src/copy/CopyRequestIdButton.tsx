'use client';
import type { ComponentProps, ReactNode } from 'react';
import { formatSupportDetails, normalizeConductorError } from '../core/index.js';
import { useConductorErrorStrings } from '../provider/context.js';
import { cx } from '../utils/cx.js';
import { type CopyButtonStrings, useCopyButton } from './CopyButton.js';
import type { UseCopyToClipboardOptions } from './useCopyToClipboard.js';

/** What the button copies. */
export type CopyRequestIdContent = 'requestId' | 'supportDetails';

/** Strings of the copy button that a prop can override one by one. */
export type CopyRequestIdStrings = Partial<CopyButtonStrings>;

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
  /** The button's text; defaults to the `copyRequestId` or `copySupportDetails` string. */
  label?: string;
  /** The visible label before the id; defaults to the `requestId` string. */
  requestIdLabel?: string;
  /** Shows the id in a `<code>` with its label. Default `true`; turn off where the id is already on screen. */
  showRequestId?: boolean;
  /** Overrides for the outcome and manual-copy strings. */
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
  label,
  requestIdLabel,
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
    { 'data-slot': 'button', children: label ?? (details ? strings.copySupportDetails : strings.copyRequestId) },
    strings,
    { resetAfterMs, onCopy, onCopyError },
  );
  return id || (details && error !== undefined) ? (
    <div {...rest} className={cx('cui-copy', className)} data-slot="copy" data-state={state}>
      {showRequestId && id && (
        <span data-slot="request-id">
          <span data-slot="label">{requestIdLabel ?? strings.requestId}</span> <code data-slot="value">{id}</code>{' '}
        </span>
      )}
      {button}
    </div>
  ) : null;
}
