// Finds quoted stretches (UI labels and quoted menu paths) so that the
// punctuation inside them ('Properties...', "Yes, always; allow access") never
// splits a step. An apostrophe inside a word ("don't", "QuickBooks' settings")
// is not a quote: an opening mark must not follow a letter, a closing one must
// not be followed by one.
import { isSpaceAt, isWordCharAt } from './words.js';

/** A pair of marks that wrap a UI label or a quoted menu path. */
interface QuotePair {
  /** The opening mark. */
  open: string;
  /** The closing mark. */
  close: string;
}

/**
 * The quote marks remediation texts use. Bold comes first so "**" is read as
 * one mark, not two asterisks.
 */
const QUOTE_PAIRS: readonly QuotePair[] = [
  { open: '**', close: '**' }, // markdown bold in help-desk articles: click **OK**
  { open: "'", close: "'" }, // Conductor's own messages: click 'OK'
  { open: '"', close: '"' }, // Conductor's docs page: click "OK"
  { open: '“', close: '”' }, // curly double quotes from word processors
  { open: '‘', close: '’' }, // curly single quotes
  { open: '`', close: '`' }, // markdown code: `Edit > Preferences`
];

/**
 * The longest quoted stretch accepted. UI labels and menu paths are short; the
 * bound keeps the search for a closing mark from running across a whole text.
 */
export const MAX_QUOTED_LENGTH = 160;

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

/** The first character of every opening mark. */
const OPENING_CHARACTERS: ReadonlySet<string> = new Set(QUOTE_PAIRS.map((pair) => pair.open.charAt(0)));

/** Whether a mark that may open a quote starts at `i`: lets the scanner skip the quote finder almost everywhere. */
export function isQuoteMarkAt(text: string, i: number): boolean {
  return OPENING_CHARACTERS.has(text.charAt(i));
}

/**
 * Finds the quote opening at a position. Positions must be asked in increasing
 * order: for each kind of mark it remembers how far a failed search for a
 * closing mark reached, so no stretch of text is searched twice and the whole
 * scan stays linear even in text full of stray quote marks.
 */
export class QuoteFinder {
  private readonly text: string;
  private readonly searchedFrom: number[] = QUOTE_PAIRS.map(() => -1);
  private readonly searchedTo: number[] = QUOTE_PAIRS.map(() => -1);
  private lastAsked = -1;
  private lastFound: QuotedSpan | undefined;

  /** @param text The whole text being parsed. */
  constructor(text: string) {
    this.text = text;
  }

  /** The quoted stretch whose opening mark starts at `i`, or `undefined`. */
  at(i: number): QuotedSpan | undefined {
    if (i === this.lastAsked) return this.lastFound;
    this.lastAsked = i;
    this.lastFound = undefined;
    const index = QUOTE_PAIRS.findIndex((pair) => this.text.startsWith(pair.open, i));
    const pair = QUOTE_PAIRS[index];
    if (pair === undefined || !this.opensAt(pair, i)) return undefined;
    const innerStart = i + pair.open.length;
    const closeAt = this.closerAfter(index, pair, innerStart);
    if (closeAt >= 0) this.lastFound = { start: i, innerStart, innerEnd: closeAt, end: closeAt + pair.close.length };
    return this.lastFound;
  }

  /** An opening mark does not follow a letter (that is an apostrophe) and is followed by a word. */
  private opensAt(pair: QuotePair, i: number): boolean {
    const after = i + pair.open.length;
    if (i > 0 && isWordCharAt(this.text, i - 1)) return false;
    if (pair.open === '**' && (this.text.charAt(i - 1) === '*' || this.text.charAt(after) === '*')) return false;
    return after < this.text.length && !isSpaceAt(this.text, after);
  }

  /** A closing mark follows a word and is not followed by a letter ("don't" has no closing quote). */
  private closesAt(pair: QuotePair, j: number): boolean {
    if (!this.text.startsWith(pair.close, j) || isSpaceAt(this.text, j - 1)) return false;
    const after = j + pair.close.length;
    if (pair.close === '**' && this.text.charAt(after) === '*') return false;
    return !isWordCharAt(this.text, after);
  }

  /** Where the closing mark for a quote whose words start at `innerStart` is, or -1. */
  private closerAfter(index: number, pair: QuotePair, innerStart: number): number {
    const from = innerStart + 1;
    const limit = Math.min(this.text.length - pair.close.length, innerStart + MAX_QUOTED_LENGTH);
    const known = this.searchedFrom[index] ?? -1;
    const knownTo = this.searchedTo[index] ?? -1;
    // Whether a position closes a quote does not depend on where the quote
    // opened, so a stretch an earlier search found empty is skipped.
    let j = from >= known && from < knownTo ? knownTo : from;
    for (; j <= limit; j++) {
      if (this.closesAt(pair, j)) return j;
    }
    this.searchedFrom[index] = from;
    this.searchedTo[index] = Math.max(j, knownTo);
    return -1;
  }
}
