'use client';

import type { ComponentProps } from 'react';
import { formatSupportDetails, normalizeConductorError } from '../core/index.js';
import { useConductorErrorStrings } from '../provider/context.js';
import { cx } from '../utils/cx.js';
import { CopyOutcome, type CopyOutcomeStrings } from './CopyOutcome.js';
import { useCopyWithFallback } from './useCopyToClipboard.js';

/** What the button copies. */
export type CopyRequestIdContent = 'requestId' | 'supportDetails';

/** Strings of the copy button that a prop can override one by one. */
export type CopyRequestIdStrings = Partial<CopyOutcomeStrings>;

/** Props of `CopyRequestIdButton`; the rest go to the root `<div>`. */
export interface CopyRequestIdButtonProps extends Omit<ComponentProps<'div'>, 'children' | 'onCopy'> {
  /** The request id to show and copy. Taken from `error` when absent. */
  requestId?: string | undefined;
  /** Any error shape `normalizeConductorError` reads: the source of the id and of the support details. */
  error?: unknown;
  /** `'requestId'` (default) copies the bare id; `'supportDetails'` copies the full text for a support ticket. */
  copy?: CopyRequestIdContent;
  /** The button's text; defaults to the `copyRequestId` or `copySupportDetails` string. */
  label?: string;
  /** The visible label before the id; defaults to the `requestIdLabel` string. */
  requestIdLabel?: string;
  /** Shows the id in a `<code>` with its label. Default `true`; turn off where the id is already on screen. */
  showRequestId?: boolean;
  /** Milliseconds before the "Copied" or failure state returns to idle. Default 2000. */
  resetAfterMs?: number;
  /** Called with the copied text once it is really on the clipboard. */
  onCopy?: (text: string) => void;
  /** Called when every way of copying failed; the text is then offered to copy by hand. */
  onCopyError?: (error: Error) => void;
  /** Overrides for the outcome and manual-copy strings. */
  strings?: CopyRequestIdStrings;
}

function cleanId(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
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
 * `[data-slot="status"]` (the polite live region), `[data-slot="manual"]`,
 * `[data-slot="manual-field"]`, `[data-slot="manual-hint"]`.
 *
 * `ref` reaches the root `<div>` on React 19; React 18 does not forward it.
 */
export function CopyRequestIdButton(props: CopyRequestIdButtonProps) {
  const {
    requestId,
    error,
    copy = 'requestId',
    label,
    requestIdLabel,
    showRequestId = true,
    resetAfterMs,
    onCopy,
    onCopyError,
    strings: overrides,
    className,
    ...rest
  } = props;
  const strings = { ...useConductorErrorStrings(), ...overrides };
  const clipboard = useCopyWithFallback({ resetAfterMs, onCopy, onCopyError });

  // Without an `error` this is Conductor's generic error, which has no request id.
  const normalized = normalizeConductorError(error);
  const id = cleanId(requestId) ?? normalized.requestId;
  const copiesDetails = copy === 'supportDetails';
  if (id === undefined && !(copiesDetails && error !== undefined)) return null;

  // Formatted at click time: the details carry the time of the copy.
  const textToCopy = (): string =>
    copiesDetails
      ? formatSupportDetails(
          { ...normalized, requestId: id },
          {
            labels: {
              requestId: strings.fieldRequestId,
              code: strings.fieldCode,
              type: strings.fieldType,
              integrationCode: strings.fieldIntegrationCode,
              httpStatus: strings.fieldHttpStatus,
            },
          },
        )
      : (id ?? '');

  return (
    <div {...rest} className={cx('cui-copy', className)} data-slot="copy" data-state={clipboard.state}>
      {showRequestId && id !== undefined ? (
        <span data-slot="request-id">
          <span data-slot="label">{requestIdLabel ?? strings.requestIdLabel}</span> <code data-slot="value">
            {id}
          </code>{' '}
        </span>
      ) : null}
      <button
        type="button"
        data-slot="button"
        data-state={clipboard.state}
        onClick={() => clipboard.copy(textToCopy())}
      >
        {label ?? (copiesDetails ? strings.copySupportDetails : strings.copyRequestId)}
      </button>{' '}
      <CopyOutcome copy={clipboard} slot="status" strings={strings} />
    </div>
  );
}
