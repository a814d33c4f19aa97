'use client';

import { useEffect, useId, useRef } from 'react';

/** Props of `ManualCopyField`. */
export interface ManualCopyFieldProps {
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

function rowsFor(text: string): number {
  let rows = 1;
  for (const char of text) if (char === '\n') rows += 1;
  return Math.min(rows, MAX_ROWS);
}

/**
 * The last resort when the browser refused every way of copying: the text in a
 * read-only field, focused and selected, so Ctrl+C (⌘C) works at once.
 */
export function ManualCopyField({ text, label, hint, attempt }: ManualCopyFieldProps) {
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
        rows={rowsFor(text)}
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
