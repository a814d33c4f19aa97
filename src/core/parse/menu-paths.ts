// Stage 4a, menu paths (for parts): "Edit > Preferences > Integrated
// Applications" in a step, each item a whole name. Separators are found
// first; the text between two of them must be a name; the first and last
// items are a quote next to the separators, the ends of a quote holding them,
// or words (menu-items.ts). A chip must never show a partial or wrong name:
// when unsure, there is no path.
import { blanksBefore, isSpace } from './chars.js';
import { nameOf, type Span } from './markup.js';
import { firstWord, type Item, isCapitalised, isName, itemAt, lastWords, MAX_ITEM_LENGTH } from './menu-items.js';

/** A menu path in a text: where it is written, quotes and marks included, and its items as names. */
export interface MenuPath {
  start: number;
  end: number;
  items: string[];
}

/**
 * A separator between items, with or without spaces: "Edit > Preferences",
 * "Edit›Preferences", "Edit » Preferences", arrows ("→ ➝ ➜ ➔ ⟶ ➪", "->",
 * "=>"), HTML-escaped ("Edit &gt; Preferences", "-&gt;") and markdown-escaped
 * ("Edit \> Preferences").
 */
const SEPARATOR = /-&gt;|&gt;|->|=>|\\>|[>›»→➝➜➔⟶➪]/g;

/** A separator's offsets. */
export interface Separator {
  start: number;
  end: number;
}

/** The separators of a text, but not ">=", ">>" or a blockquote's ">" at a line's start. */
export function findSeparators(text: string): Separator[] {
  const found = [];
  for (const match of text.matchAll(SEPARATOR)) {
    const start = match.index;
    const end = start + match[0].length;
    if (/[<>=]/.test(text.charAt(start - 1) + text.charAt(end))) continue;
    const before = blanksBefore(text, start) - 1;
    if (before >= 0 && text[before] !== '\n') found.push({ start, end });
  }
  return found;
}

/** The name between two separators, or `undefined` when the text there is none. */
function middleName(text: string, from: number, to: number): string | undefined {
  if (to - from > MAX_ITEM_LENGTH) return undefined;
  const name = nameOf(text.slice(from, to));
  return isName(name) ? name : undefined;
}

/** The span a position is strictly inside of, if any; asked with growing positions, it reads each span once. */
function spanCursor(spans: readonly Span[]): (at: number) => Span | undefined {
  let index = 0;
  return (at) => {
    while (index < spans.length && (spans[index] as Span).end <= at) index++;
    const span = spans[index];
    return span && span.start < at ? span : undefined;
  };
}

/** Spans by where they start and where they end. */
interface SpanIndex {
  starting: Map<number, Span>;
  ending: Map<number, Span>;
  /** The span holding the separator, for a path quoted whole: 'Edit > Preferences'. */
  holding: Span | undefined;
}

/**
 * The first item before `separator`: a span just before it ('Edit' >,
 * **File** >), the start of the span holding it ('Edit > ...'), or words.
 */
function firstItem(text: string, separator: Separator, bound: number, spans: SpanIndex): Item | undefined {
  const end = Math.max(bound, blanksBefore(text, separator.start));
  const quoted = spans.ending.get(end);
  const { holding } = spans;
  if (quoted && quoted.start >= bound) return itemAt(text, quoted.start, end, true);
  if (holding && holding.start >= bound) return itemAt(text, holding.start, end, true);
  return firstWord(text, bound, end);
}

/**
 * The last item after `separator`: a span just after it (> 'Preferences'),
 * the end of the span holding it ('... > Preferences'), or words.
 */
function lastItem(
  text: string,
  separator: Separator,
  to: number,
  spans: SpanIndex,
  lowerCase: boolean,
): Item | undefined {
  let start = separator.end;
  // Spaces, and a line break: a path wrapped over two lines ("Edit >\n  Preferences").
  while (start < to && isSpace(text, start)) start++;
  const quoted = spans.starting.get(start);
  const { holding } = spans;
  if (quoted && quoted.end <= to) return itemAt(text, start, quoted.end, true);
  if (holding && holding.end <= to) return itemAt(text, start, holding.end, true);
  return lastWords(text, start, to, lowerCase);
}

/**
 * The menu paths of the step `text[from, to)`, whose spans (quotes, code,
 * bold) and separators are `spans` and `separators`, in order. Each item is
 * quoted (`'Edit' > 'Preferences'`), inside a quoted path (`'Edit >
 * Preferences'`), or unquoted words.
 */
export function findMenuPaths(
  text: string,
  from: number,
  to: number,
  spans: readonly Span[],
  separators: readonly Separator[],
): MenuPath[] {
  const starting = new Map(spans.map((span) => [span.start, span]));
  const ending = new Map(spans.map((span) => [span.end, span]));
  const holding = spanCursor(spans);
  const paths: MenuPath[] = [];
  // Where the next path's first item may start: after the path or separator before.
  let bound = from;
  let index = 0;
  while (index < separators.length) {
    const first = separators[index] as Separator;
    // The chain of separators with a name between each two.
    const middles: string[] = [];
    let last = first;
    index++;
    while (index < separators.length) {
      const next = separators[index] as Separator;
      const name = middleName(text, last.end, next.start);
      if (name === undefined) break;
      middles.push(name);
      last = next;
      index++;
    }
    const opening = firstItem(text, first, bound, { starting, ending, holding: holding(first.start) });
    const lowerCase = opening?.quoted === false && !isCapitalised(opening.name);
    const closing = opening && lastItem(text, last, to, { starting, ending, holding: holding(last.start) }, lowerCase);
    if (opening && closing && isName(opening.name) && isName(closing.name)) {
      paths.push({ start: opening.start, end: closing.end, items: [opening.name, ...middles, closing.name] });
      bound = closing.end;
    } else bound = last.end;
  }
  return paths;
}
