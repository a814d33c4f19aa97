'use client';

import { type CSSProperties, Fragment } from 'react';

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

/** Props of `MenuPath`. */
export interface MenuPathProps {
  /** The menu items in order, e.g. `['Edit', 'Preferences']`. */
  items: readonly string[];
  /** What screen readers hear instead of the chips, e.g. "Edit, then Preferences". */
  spokenLabel: string;
}

/**
 * A menu path as menu chips: nested `<kbd>`, as the HTML spec suggests for menu
 * selections. Screen readers would read the chips and separators as a run of
 * words and symbols, so the chips are hidden from them and a visually hidden
 * sentence ("Edit, then Preferences") is read instead.
 */
export function MenuPath({ items, spokenLabel }: MenuPathProps) {
  return (
    <span data-slot="menu-path">
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

/** Props of `UiLabel`. */
export interface UiLabelProps {
  /** The label as written in the message, with its one-character quotes, e.g. `'Company Preferences'`. */
  quoted: string;
}

/**
 * A quoted UI label as a chip. The quotes stay in the text (the stylesheet hides
 * them visually), so screen readers and the unstyled page keep their meaning.
 */
export function UiLabel({ quoted }: UiLabelProps) {
  return (
    <span data-slot="ui-label">
      <span data-slot="ui-label-quote">{quoted.charAt(0)}</span>
      {quoted.slice(1, -1)}
      <span data-slot="ui-label-quote">{quoted.slice(-1)}</span>
    </span>
  );
}
