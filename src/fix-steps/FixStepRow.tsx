'use client';
// One step of the checklist: a native checkbox and the step's words, drawn from
// the step's parts in one pass. Memoized twice: ticking one step re-renders
// that row alone, however long the list, and not even its words, however many
// chips they hold.
import { Fragment, memo, type ReactNode } from 'react';
import type { FixStepPart } from '../core/index.js';
import type { ShownStep } from './read-plan.js';

/**
 * Hides the spoken form of a menu path visually but keeps it for screen
 * readers. Inline, not a class, so it holds without the stylesheet.
 */
const HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
} as const;

/** Drawn between the items of a menu path, as text hidden from screen readers with the path. */
const MENU_SEPARATOR = ' › ';

/**
 * The text with its first letter in capitals, for display only: steps and an
 * outro cut out of a sentence start in lower case ("open QuickBooks Desktop",
 * "then try again."). A letter whose
 * capital is longer than one character (German "ß") stays as it is.
 */
export function capitalized(text: string): string {
  const first = text.charAt(0);
  const upper = first.toUpperCase();
  return upper.length === 1 ? upper + text.slice(1) : text;
}

/**
 * One part as React nodes. A menu path is nested `<kbd>`, as the HTML spec
 * suggests for menu selections, with its separators as plain text. Screen
 * readers would read that as a run of words and symbols, so it is hidden from
 * them and a visually hidden sentence (`say`, e.g. "Edit, then Preferences")
 * is read instead. A label is a `<q>`: the browser draws its quotes unstyled,
 * and the stylesheet turns it into a chip. Plain words are text, verbatim.
 */
function partNode(part: FixStepPart, key: number, say: (items: readonly string[]) => string): ReactNode {
  switch (part.kind) {
    case 'text':
      return part.text;
    case 'menu':
      return (
        <Fragment key={key}>
          <span style={HIDDEN}>{say(part.items)}</span>
          {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a <kbd> is not focusable. */}
          <kbd aria-hidden="true">
            {part.items.map((item, index) => (
              // Items can repeat, and the path never reorders: the index is a stable key.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above.
              <Fragment key={index}>
                {index > 0 && MENU_SEPARATOR}
                <kbd>{item}</kbd>
              </Fragment>
            ))}
          </kbd>
        </Fragment>
      );
    case 'label':
      return <q key={key}>{part.label}</q>;
  }
}

/** Props of one checklist row. */
export interface FixStepRowProps {
  /** The step, with parts that concatenate to its text. */
  step: ShownStep;
  /** Its place in the list, handed back to `onToggle`. */
  index: number;
  /** Whether it is ticked. */
  checked: boolean;
  /** Flips the step at an index; must be the same function between renders for the memo to hold. */
  onToggle: (index: number) => void;
  /** How a screen reader hears a menu path. */
  say: (items: readonly string[]) => string;
}

/** A step's words, the first one capitalised. Re-renders only when the parts or the reading of menus change. */
const StepWords = memo(function StepWords({ parts, say }: Pick<FixStepRowProps, 'say'> & { parts: FixStepPart[] }) {
  const [first, ...rest] = parts;
  return (
    <>
      {first?.kind === 'text' ? capitalized(first.text) : first && partNode(first, 0, say)}
      {rest.map((part, at) => partNode(part, at + 1, say))}
    </>
  );
});

/** A step as `<li>`, `<label>`, checkbox and words. Re-renders only when its own props change. */
export const FixStepRow = memo(function FixStepRow({ step, index, checked, onToggle, say }: FixStepRowProps) {
  return (
    <li data-checked={checked}>
      <label>
        <input type="checkbox" checked={checked} onChange={() => onToggle(index)} />
        <StepWords parts={step.parts} say={say} />
      </label>
    </li>
  );
});
