'use client';

import { useEffect, useId, useRef } from 'react';
import type { ConductorErrorStrings } from '../i18n/strings.js';
import type { CopyWithFallback } from './useCopyToClipboard.js';

/** Strings `CopyOutcome` shows. */
export type CopyOutcomeStrings = Pick<
  ConductorErrorStrings,
  'copied' | 'copyFailed' | 'copyManualHint' | 'copyManualFieldLabel'
>;

/** Props of `CopyOutcome`. */
export interface CopyOutcomeProps {
  /** The copy to report on, from `useCopyWithFallback`. */
  copy: CopyWithFallback;
  /** `data-slot` of the live region. */
  slot: string;
  /** The outcome and manual-copy strings. */
  strings: CopyOutcomeStrings;
}

/**
 * What a copy button says after a click: "Copied" or the failure in a polite
 * live region, and after a failure the text in a read-only field to copy by hand.
 */
export function CopyOutcome({ copy, slot, strings }: CopyOutcomeProps) {
  const { state, manual } = copy;
  return (
    <>
      {/* In the DOM from the first render: a live region added with its text is often not announced. */}
      <span role="status" aria-live="polite" data-slot={slot}>
        {state === 'copied' ? strings.copied : state === 'failed' ? strings.copyFailed : ''}
      </span>
      {manual ? (
        <ManualCopyField {...manual} label={strings.copyManualFieldLabel} hint={strings.copyManualHint} />
      ) : null}
    </>
  );
}

/** Props of `ManualCopyField`. */
interface ManualCopyFieldProps {
  /** The text the user copies by hand. */
  text: string;
  /** Visible label of the field. */
  label: string;
  /** The "Press Ctrl+C" hint, also the field's description for screen readers. */
  hint: string;
  /** Changes on every failed copy, so focus moves to the field again even when the text is the same. */
  attempt: number;
}

/** Support details span several lines; more than this would push the page around. */
const MAX_ROWS = 8;

/**
 * The last resort when the browser refused every way of copying: the text in a
 * read-only field, focused and selected, so Ctrl+C (⌘C) works at once.
 */
function ManualCopyField({ text, label, hint, attempt }: ManualCopyFieldProps) {
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the trigger; a new failure moves focus again.
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, [attempt]);

  return (
    <div data-slot="manual">
      <label data-slot="manual-label" htmlFor={`${id}-field`}>
        {label}
      </label>
      <textarea
        ref={field}
        id={`${id}-field`}
        data-slot="manual-field"
        readOnly
        value={text}
        rows={Math.min(text.split('\n').length, MAX_ROWS)}
        spellCheck={false}
        aria-describedby={`${id}-hint`}
        // Tabbing back to the field selects it again, ready for Ctrl+C.
        onFocus={(event) => event.currentTarget.select()}
      />
      <p id={`${id}-hint`} data-slot="manual-hint">
        {hint}
      </p>
    </div>
  );
}
