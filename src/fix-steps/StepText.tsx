'use client';

import { type CSSProperties, Fragment, type ReactNode } from 'react';
import type { FixStep } from '../core/types.js';
import { findChips } from './chip-spans.js';

/**
 * Hides text visually but keeps it for screen readers. Inline, not a class, so
 * it holds without the stylesheet: the components must work unstyled.
 */
const VISUALLY_HIDDEN: Readonly<CSSProperties> = Object.freeze({
  position: 'absolute',
  width: '1px',
  height: '1px',
  padding: 0,
  margin: '-1px',
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  whiteSpace: 'nowrap',
  border: 0,
});

/**
 * A menu path as menu chips: nested `<kbd>`, as the HTML spec suggests for menu
 * selections. Screen readers would read the chips and separators as a run of
 * words and symbols, so the chips are hidden from them and a visually hidden
 * sentence (`spokenLabel`, e.g. "Edit, then Preferences") is read instead.
 */
function menuPathChip(key: number, items: readonly string[], spokenLabel: string): ReactNode {
  return (
    <span key={key} data-slot="menu-path">
      <span style={VISUALLY_HIDDEN}>{spokenLabel}</span>
      {/* aria-hidden on a span: Biome wrongly takes <kbd> for a focusable element. */}
      <span data-slot="menu-chips" aria-hidden="true">
        <kbd>
          {items.map((item, index) => (
            // Items can repeat, and the list never reorders: the index is a stable key here.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above.
            <Fragment key={index}>
              {index > 0 ? <span data-slot="menu-separator"> › </span> : null}
              <kbd data-slot="menu-item">{item}</kbd>
            </Fragment>
          ))}
        </kbd>
      </span>
    </span>
  );
}

/**
 * A quoted UI label as a chip, from the label as written with its one-character
 * quotes. The quotes stay in the text (the stylesheet hides them visually), so
 * screen readers and the unstyled page keep their meaning.
 */
function uiLabelChip(key: number, quoted: string): ReactNode {
  return (
    <span key={key} data-slot="ui-label">
      <span data-slot="ui-label-quote">{quoted.charAt(0)}</span>
      {quoted.slice(1, -1)}
      <span data-slot="ui-label-quote">{quoted.slice(-1)}</span>
    </span>
  );
}

/**
 * One step's words, verbatim, with its menu path as menu chips and its quoted
 * labels as UI-label chips. `step` is well-formed (as `QbdFixSteps` hands it
 * over); `menuPathLabel` says how a screen reader hears a menu path.
 */
export function stepText(step: FixStep, menuPathLabel: (items: readonly string[]) => string): ReactNode[] {
  const { text } = step;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const { start, end, items } of findChips(step)) {
    if (start > at) parts.push(text.slice(at, start));
    // Chips never overlap, so where one starts is a stable, unique key.
    parts.push(items ? menuPathChip(start, items, menuPathLabel(items)) : uiLabelChip(start, text.slice(start, end)));
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
