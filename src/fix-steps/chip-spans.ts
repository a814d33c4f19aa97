// Where a step's chips sit in its verbatim text. The parser reports a step's
// menu path and labels as words; drawing them as chips needs their positions,
// found here by searching the step's own text, so nothing is ever dropped or
// reordered and anything not found stays plain text.
import type { FixStep } from '../core/types.js';

/** Characters that wrap a menu path or its items: quotes, backticks, markdown bold. */
const PATH_WRAPPERS = '\'"“”‘’`*';

/** Each opening quote with a closing quote that ends a label opened by it. */
const LABEL_QUOTE_PAIRS: readonly string[] = Object.freeze(["''", "'’", '""', '"”', '“”', '“"', '‘’', "‘'", '``']);

/** Where a chip sits in a step's text: a menu path (with its `items`) or a quoted label (quotes included). */
export interface ChipSpan {
  /** Index of the chip's first character. */
  start: number;
  /** Index just after its last character. */
  end: number;
  /** The menu items, for a menu path; absent for a quoted label. */
  items?: readonly string[];
}

/** Where the menu path sits: from its first item to its last, with the quotes or bold around it. */
function findMenuPath(text: string, items: readonly string[]): ChipSpan | undefined {
  let cursor = 0;
  let start = -1;
  for (const item of items) {
    const at = item === '' ? -1 : text.indexOf(item, cursor);
    if (at < 0) return undefined;
    if (start < 0) start = at;
    cursor = at + item.length;
  }
  // No items: no path.
  if (start < 0) return undefined;
  let end = cursor;
  // Inside the text on both sides, so neither character is missing.
  while (
    start > 0 &&
    end < text.length &&
    PATH_WRAPPERS.includes(text.charAt(start - 1)) &&
    PATH_WRAPPERS.includes(text.charAt(end))
  ) {
    start -= 1;
    end += 1;
  }
  return { start, end, items };
}

/** The next quoted occurrence of `label` at or after `from`, with its quotes. */
function findLabel(text: string, label: string, from: number): ChipSpan | undefined {
  if (label === '') return undefined;
  for (let at = text.indexOf(label, from); at >= 0; at = text.indexOf(label, at + 1)) {
    const end = at + label.length + 1;
    // charAt gives '' outside the text, and a single character never makes a pair.
    if (LABEL_QUOTE_PAIRS.includes(text.charAt(at - 1) + text.charAt(end - 1))) return { start: at - 1, end };
  }
  return undefined;
}

function overlaps(span: ChipSpan, others: readonly ChipSpan[]): boolean {
  return others.some((other) => span.start < other.end && other.start < span.end);
}

/**
 * The chips of a step, in text order: its menu path and its quoted UI labels,
 * found by position in the verbatim text. Anything the parser reported but the
 * text does not contain is left out, so it stays plain text and nothing is dropped.
 */
export function findChips({ text, menuPath, labels }: FixStep): ChipSpan[] {
  const spans: ChipSpan[] = [];
  const menu = menuPath ? findMenuPath(text, menuPath) : undefined;
  if (menu) spans.push(menu);
  let cursor = 0;
  for (const label of labels) {
    let span = findLabel(text, label, cursor);
    // A label inside the menu path (each item quoted) is already shown as a menu item.
    while (span && overlaps(span, spans)) span = findLabel(text, label, span.start + 2);
    if (!span) continue;
    spans.push(span);
    cursor = span.end;
  }
  return spans.sort((a, b) => a.start - b.start);
}
