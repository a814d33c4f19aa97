// Stage 5, menu paths: "Edit > Preferences > Integrated Applications" in a
// step, each item a whole name. Separators are found first; the items
// between them must be names, and the first and last items are read out
// from them, up to a quote's end or the words that follow a name. A chip must
// never show a partial or wrong name: when unsure, there is no path.
import { trimOf } from './chars.js';
import { nameOf, type Span } from './markup.js';
import { ARTICLES, CONJUNCTIONS, CONNECTORS, MENU_FOLLOWERS, NAVIGATION_WORDS, SMALL_WORDS, VERBS } from './words.js';

/** A menu path in a text: where it is written, quotes and marks included, and its items as names. */
export interface MenuPath {
  start: number;
  end: number;
  items: string[];
}

/** One item: where it is written (marks around it included) and its name; `quoted` when marks bound it. */
interface Item {
  start: number;
  end: number;
  name: string;
  quoted: boolean;
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

/** The longest item, in characters, and in words. */
const MAX_ITEM_LENGTH = 60;
const MAX_ITEM_WORDS = 8;
/** A name with words in lower case ("Add an application") ends cleanly within this many words, or is unsure. */
const MAX_SENTENCE_CASE_WORDS = 4;

/**
 * What a name never holds; a path with such an item is none. Quote marks
 * and asterisks ("'Yes' or 'No'" between two separators), apostrophes
 * outside a word ("Don't Show" is fine), punctuation before a space
 * ("Preferences, then Company"), and a period inside a word: file names
 * ("Company.QBW → Company.QBB") and versions ("v1.2 → v1.3").
 */
const NOT_A_NAME = [/["“”‘`*]|['’](?!\p{L})/u, /[,;:!?.]\s/, /\.[\p{L}\p{N}]/u];

/** A word of an unquoted name ("Single-user", "Add/Edit", "1099", "&"), and a bracket or mark before one. */
const NAME_WORD = /^(?:[\p{L}\p{N}][\p{L}\p{N}'’/&+-]*|&|&amp;)$/u;
const OPENER = /^[([{'"“‘`*]/;
/** What may close the last word of a name: punctuation, brackets, quote marks ("Update Web Services)."). */
const CLOSERS = ',.;:!?)]}\'"”’*';

const isCapitalised = (word: string | undefined): boolean => word !== undefined && /^\p{Lu}/u.test(word);
/** A word as a capitalised name writes it: capitalised, or a number ("Form 1099"). */
const isTitleWord = (word: string): boolean => /^[\p{Lu}\p{N}]/u.test(word);

const isName = (name: string): boolean =>
  /^\p{L}/u.test(name) && name.split(' ').length <= MAX_ITEM_WORDS && !NOT_A_NAME.some((rule) => rule.test(name));

/** The separators of a text, but not ">=", ">>" or a blockquote's ">" at a line's start. */
export function findSeparators(text: string): Separator[] {
  const found = [];
  for (const match of text.matchAll(SEPARATOR)) {
    const start = match.index;
    const end = start + match[0].length;
    if (/[<>=]/.test(text.charAt(start - 1) + text.charAt(end))) continue;
    let before = start - 1;
    while (text[before] === ' ' || text[before] === '\t') before--;
    if (before >= 0 && text[before] !== '\n') found.push({ start, end });
  }
  return found;
}

/** The whitespace-separated words of `text[from, to)`, with their offsets. */
function wordsIn(text: string, from: number, to: number): Array<{ word: string; at: number }> {
  return [...text.slice(from, to).matchAll(/\S+/g)].map((match) => ({ word: match[0], at: from + match.index }));
}

/**
 * The unquoted first item, the one word before `end` (the first separator):
 * QuickBooks' menu bar names are one word each. Sure only when the word
 * before it is no part of a name: a verb, connector or navigation word ("Open
 * Edit >", "Then Edit >", "go to edit >"), a lower-case word ("the File >",
 * "data with File >"),
 * punctuation, a bracket or nothing ("(File >"). "Chart of Accounts >" and
 * "Set Up Users >" are unsure, and a lower-case first item needs a
 * navigation word before it.
 */
function firstWord(text: string, bound: number, end: number): Item | undefined {
  const words = text.slice(Math.max(bound, end - MAX_ITEM_LENGTH), end).split(/\s+/);
  const written = words.pop() ?? '';
  const word = written.replace(OPENER, '');
  const before = words.pop() ?? '';
  const earlier = words.pop() ?? '';
  const isNameWord = (candidate: string) => isTitleWord(candidate) && NAME_WORD.test(candidate);
  // The word before goes on a name: "Set Up Users >", or a joining word after one ("Chart of >").
  // A bracket or quote opens the name, whatever comes before it: "QuickBooks (Edit >".
  const partOfName =
    word === written &&
    (isNameWord(before) || (SMALL_WORDS.has(before) && !ARTICLES.has(before) && isNameWord(earlier)));
  const lower = before.toLowerCase();
  const opensClause = VERBS.has(lower) || CONNECTORS.has(lower);
  const sure = NAVIGATION_WORDS.has(lower) || (isCapitalised(word) && (opensClause || !partOfName));
  if (!/^\p{L}/u.test(word) || !NAME_WORD.test(word) || !sure) return undefined;
  return { start: end - word.length, end, name: nameOf(word), quoted: false };
}

/**
 * Whether `word` goes on a name after `previous` (`next` comes after it).
 * Capitalised words and numbers do ("Form 1099"); the words that follow a
 * name end it ("... Verify Data and its results", "... in the top menu bar"),
 * as does "to" before a verb ("... Preferences to change it"); small words
 * go on ("Switch to Single-user Mode"), and lower-case words after a small
 * or lower-case word ("Add an application"), or anywhere in a lower-case path.
 */
function goesOn(word: string, previous: string, next: string, lowerCase: boolean): boolean {
  if (isTitleWord(word)) return true;
  if (MENU_FOLLOWERS.has(word)) return false;
  // "Users and Passwords", but "Verify Data and wait".
  if (CONJUNCTIONS.has(word)) return isCapitalised(next);
  if (word === 'to' && VERBS.has(next.toLowerCase())) return false;
  return lowerCase || SMALL_WORDS.has(word) || !isCapitalised(previous);
}

/**
 * The unquoted last item, read on from `start` (just after the last
 * separator) over its line, up to punctuation, a bracket or quote mark, or a
 * word that does not go on the name (see `goesOn`). `undefined` when unsure:
 * no name, or one too long to be sure of its end.
 */
function lastWords(text: string, start: number, to: number, lowerCase: boolean): Item | undefined {
  const region = text.slice(start, Math.min(to, start + MAX_ITEM_LENGTH + 1)).split('\n')[0] as string;
  // Running into the length limit, the name may go on: unsure, unless something closes it first.
  let closed = region.length <= MAX_ITEM_LENGTH;
  const words = wordsIn(text, start, start + region.length);
  const taken: string[] = [];
  for (const [index, { word }] of words.entries()) {
    // "&amp;" is a word of a name; after any other word, ";" is punctuation.
    const bare = NAME_WORD.test(word) ? word : trimOf(word, '', CLOSERS);
    const next = words[index + 1]?.word.replace(OPENER, '') ?? '';
    // A bracket or quote after the name ends it: "Edit > Preferences (Company tab)".
    if (index > 0 && OPENER.test(word)) {
      closed = true;
      break;
    }
    // A word no name holds ("Open Company.QBW"): the name may go on past it, so unsure.
    if (!NAME_WORD.test(bare) || (index === 0 && !lowerCase && !isCapitalised(bare))) return undefined;
    if (index > 0 && !goesOn(bare, taken.at(-1) ?? '', next, lowerCase)) {
      closed = true;
      break;
    }
    taken.push(bare);
    // Punctuation or a mark after a word ends the name: "(File > Update Web Services)".
    if (bare !== word) {
      closed = true;
      break;
    }
  }
  while (taken.length > 1 && SMALL_WORDS.has(taken.at(-1) as string)) taken.pop();
  const sentenceCase = taken.some((word) => !isTitleWord(word) && !SMALL_WORDS.has(word));
  const most = sentenceCase ? MAX_SENTENCE_CASE_WORDS : MAX_ITEM_WORDS;
  const first = words[0];
  const last = words[taken.length - 1];
  if (!closed || !first || !last || taken.length === 0 || taken.length > most) return undefined;
  const end = last.at + (taken.at(-1) as string).length;
  return { start: first.at, end, name: nameOf(text.slice(first.at, end)), quoted: false };
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
  let end = separator.start;
  while (end > bound && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  const quoted = spans.ending.get(end);
  const { holding } = spans;
  if (quoted && quoted.start >= bound) {
    return { start: quoted.start, end, name: nameOf(text.slice(quoted.start, quoted.end)), quoted: true };
  }
  if (holding && holding.start >= bound) {
    return { start: holding.start, end, name: nameOf(text.slice(holding.start, end)), quoted: true };
  }
  return firstWord(text, bound, end);
}

/**
 * The last item after `separator`: a span just after it (> 'Preferences'),
 * the end of the span holding it ('... > Preferences'), or words.
 */
function lastItem(text: string, separator: Separator, to: number, spans: SpanIndex, lowerCase: boolean) {
  let start = separator.end;
  // Spaces, and a line break: a path wrapped over two lines ("Edit >\n  Preferences").
  while (start < to && /\s/.test(text.charAt(start))) start++;
  const quoted = spans.starting.get(start);
  const { holding } = spans;
  if (quoted && quoted.end <= to) {
    return { start, end: quoted.end, name: nameOf(text.slice(quoted.start, quoted.end)), quoted: true };
  }
  if (holding && holding.end <= to) {
    return { start, end: holding.end, name: nameOf(text.slice(separator.end, holding.end)), quoted: true };
  }
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
