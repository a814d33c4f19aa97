// Finds quoted stretches (UI labels and quoted menu paths) so that the
// punctuation inside them ('Properties...', "Yes, always; allow access") never
// splits a step. An apostrophe inside a word ("don't", "QuickBooks' settings")
// is not a quote: an opening mark must not follow a letter, a closing one must
// not be followed by one.
import { isSpaceAt, isWordCharAt } from './words.js';

/** Markdown bold, the one mark of two characters: "**" must not be read as two asterisks, nor "***" as bold. */
const BOLD = '**';

/**
 * The quote marks remediation texts use, as opening and closing mark. Bold
 * comes first so "**" is read as one mark, not two asterisks.
 */
const QUOTE_PAIRS: readonly (readonly [open: string, close: string])[] = [
  [BOLD, BOLD], // markdown bold in help-desk articles: click **OK**
  ["'", "'"], // Conductor's own messages: click 'OK'
  ['"', '"'], // Conductor's docs page: click "OK"
  ['“', '”'], // curly double quotes from word processors
  ['‘', '’'], // curly single quotes
  ['`', '`'], // markdown code: `Edit > Preferences`
];

/** The first character of every opening mark above. */
const OPENING_MARK = /[*'"“‘`]/;

/**
 * The longest quoted stretch accepted. UI labels and menu paths are short; the
 * bound keeps the search for a closing mark from running across a whole text.
 */
const MAX_QUOTED_LENGTH = 160;

/** A quoted stretch of the text. */
export interface QuotedSpan {
  /** Where the opening mark starts. */
  start: number;
  /** Where the quoted words start. */
  innerStart: number;
  /** Where the quoted words end (the closing mark starts here). */
  innerEnd: number;
  /** Where the closing mark ends. */
  end: number;
}

/**
 * A finder of the quote opening at a position, `undefined` for none.
 * Positions must be asked in increasing order: for each kind of mark it
 * remembers how far a failed search for a closing mark reached, so no stretch
 * of text is searched twice and the whole scan stays linear even in text full
 * of stray quote marks.
 */
export function quoteFinder(text: string): (i: number) => QuotedSpan | undefined {
  // Per kind of mark: the positions [from, to) a failed search found no closing mark in.
  const searched = QUOTE_PAIRS.map(() => ({ from: -1, to: -1 }));
  let lastAsked = -1;
  let lastFound: QuotedSpan | undefined;

  /** An opening mark does not follow a letter (that is an apostrophe) and is followed by a word. */
  const opensAt = (open: string, i: number): boolean => {
    const after = i + open.length;
    if (isWordCharAt(text, i - 1)) return false;
    if (open === BOLD && (text.charAt(i - 1) === '*' || text.charAt(after) === '*')) return false;
    return after < text.length && !isSpaceAt(text, after);
  };

  /** A closing mark follows a word and is not followed by a letter ("don't" has no closing quote). */
  const closesAt = (close: string, j: number): boolean => {
    if (!text.startsWith(close, j) || isSpaceAt(text, j - 1)) return false;
    const after = j + close.length;
    return !(close === BOLD && text.charAt(after) === '*') && !isWordCharAt(text, after);
  };

  /** Where the closing mark of kind `index` for words starting at `innerStart` is, or -1. */
  const closerAfter = (index: number, close: string, innerStart: number): number => {
    const from = innerStart + 1;
    const limit = Math.min(text.length - close.length, innerStart + MAX_QUOTED_LENGTH);
    const known = searched[index] ?? { from: -1, to: -1 };
    // Whether a position closes a quote does not depend on where the quote
    // opened, so a stretch an earlier search found empty is skipped.
    let j = from >= known.from && from < known.to ? known.to : from;
    for (; j <= limit; j++) if (closesAt(close, j)) return j;
    searched[index] = { from, to: Math.max(j, known.to) };
    return -1;
  };

  const quoteAt = (i: number): QuotedSpan | undefined => {
    const index = QUOTE_PAIRS.findIndex(([open]) => text.startsWith(open, i));
    const [open = '', close = ''] = QUOTE_PAIRS[index] ?? [];
    if (index < 0 || !opensAt(open, i)) return undefined;
    const innerStart = i + open.length;
    const closeAt = closerAfter(index, close, innerStart);
    return closeAt < 0 ? undefined : { start: i, innerStart, innerEnd: closeAt, end: closeAt + close.length };
  };

  return (i) => {
    // Most characters open no quote: one character test spares them the search through every pair.
    if (!OPENING_MARK.test(text.charAt(i))) return undefined;
    // The scanner asks about the same position twice: once to end a word, once to start a token.
    if (i !== lastAsked) {
      lastAsked = i;
      lastFound = quoteAt(i);
    }
    return lastFound;
  };
}
