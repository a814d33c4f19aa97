'use client';
import { type ComponentProps, type ReactNode, useId } from 'react';
import type { ConductorErrorStrings } from '../i18n/strings.js';
import { type CopyState, type UseCopyToClipboardOptions, useCopyToClipboard } from './useCopyToClipboard.js';

/** The strings a copy button shows after a click. */
export type CopyButtonStrings = Pick<
  ConductorErrorStrings,
  'copied' | 'copyFailed' | 'copyManualHint' | 'copyManualFieldLabel'
>;

/** Focuses and selects the manual-copy field as it mounts, so Ctrl+C (⌘C) works at once. */
function focusAndSelect(field: HTMLTextAreaElement | null): void {
  field?.focus();
  field?.select();
}

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
            // Remounted by each new failure, so focus moves to it again.
            key={manual[1]}
            ref={focusAndSelect}
            id={id}
            readOnly
            value={manual[0]}
            // Support details span several lines; more than eight would push the page around.
            rows={Math.min(manual[0].split('\n').length, 8)}
            aria-describedby={`${id}h`}
          />
          <p id={`${id}h`}>{strings.copyManualHint}</p>
        </div>
      )}
    </>,
  ];
}
