// Stage 2, clauses: cut masked text into clauses and tell how each one opens.
// A clause ends at , ; : . ! or ? before a space, at a line break, or before
// a connector ("and", "then"). One pass over the text.
import { isSpace, isWordChar } from './chars.js';
import {
  ABBREVIATIONS,
  CONNECTORS,
  LEADS,
  NUMBER_ABBREVIATIONS,
  POLITE,
  RETRY_ENDINGS,
  RETRY_WORDS,
  VERB_PHRASES,
  VERBS,
} from './words.js';

/**
 * How a clause opens: with a retry ("try again"), an imperative verb ("open
 * QuickBooks"), a lead into the next instruction ("If prompted"), or
 * anything else ("To fix this", "QuickBooks is not running").
 */
export type ClauseKind = 'retry' | 'verb' | 'lead' | 'other';

/** One clause, as offsets into the text. */
export interface Clause {
  /** Where it starts, with the spaces and connectors ("and then") before its words. */
  start: number;
  /** Where its words start. */
  words: number;
  /** Where its words end, before the punctuation that closes it. */
  end: number;
  /** How it opens. */
  kind: ClauseKind;
  /** It opens a sentence: it comes first, or after . ! ? or a blank line. */
  sentence: boolean;
  /** Only "and"/"then" parts it from the clause before, no punctuation or line break. */
  joined: boolean;
}

/** Punctuation that closes a clause when a space or the end follows it; a step's text leaves it out. */
export const PUNCTUATION = new Set([',', ';', ':', '.', '!', '?']);

/** The longest connector: a longer word is none. */
const LONGEST_CONNECTOR = Math.max(...[...CONNECTORS].map((word) => word.length));

/** The letters connectors start with: a word starting otherwise is looked up no further. */
const CONNECTOR_INITIALS = new Set([...CONNECTORS].flatMap((word) => [word.charAt(0), word.charAt(0).toUpperCase()]));

/** A word ending at the end of a text, read back over its letters and inner periods ("e.g", "Inc"). */
const WORD_BEFORE_PERIOD = /[\p{L}.]{1,8}$/u;

/** The length of the connector that starts at `at` ("and" in "and then", not in "Sandbox"), or 0. */
function connectorAt(text: string, at: number): number {
  if (!CONNECTOR_INITIALS.has(text.charAt(at))) return 0;
  let end = at;
  while (end - at <= LONGEST_CONNECTOR && isWordChar(text, end)) end++;
  return end > at && CONNECTORS.has(text.slice(at, end).toLowerCase()) ? end - at : 0;
}

/**
 * The punctuation at `at` ends no clause when it is inside a word ("v1.2",
 * "Acme Inc.qbw"), or is the period of an abbreviation ("e.g. the one on your
 * server", "Invoice No. 1042").
 */
function endsClause(text: string, at: number): boolean {
  if (!PUNCTUATION.has(text.charAt(at))) return false;
  if (at + 1 < text.length && !isSpace(text, at + 1)) return false;
  if (text[at] !== '.') return true;
  const word = WORD_BEFORE_PERIOD.exec(text.slice(Math.max(0, at - 8), at))?.[0].toLowerCase() ?? '';
  if (ABBREVIATIONS.has(word)) return false;
  return !(NUMBER_ABBREVIATIONS.has(word) && /^\s+\d/.test(text.slice(at + 1, at + 4)));
}

/** Whether `char` goes on a word of a clause: a letter, digit, apostrophe or hyphen ("don't", "right-click"). */
const inWord = (text: string, at: number): boolean => isWordChar(text, at) || "'’-".includes(text.charAt(at) || ' ');

/** The word of `text[from, to)` after any spaces, lower case with a plain apostrophe, and where it ends. */
function wordAfter(text: string, from: number, to: number): [string, number] {
  let start = from;
  while (start < to && isSpace(text, start)) start++;
  let end = start;
  while (end < to && inWord(text, end)) end++;
  const word = text.slice(start, end).toLowerCase();
  return [word.includes('’') ? word.replaceAll('’', "'") : word, end];
}

/** How the clause `text[from, to)` opens. */
export function kindOf(text: string, from: number, to: number): ClauseKind {
  let [first, end] = wordAfter(text, from, to);
  // "Please open ...", and "Then try again." read on its own (a line of a list).
  while (first && (POLITE.has(first) || CONNECTORS.has(first))) [first, end] = wordAfter(text, end, to);
  if (RETRY_WORDS.has(first)) return 'retry';
  if (first === 'try') {
    // The last word, before any punctuation: "try the sync again."
    let stop = to;
    while (stop > end && !inWord(text, stop - 1)) stop--;
    let last = stop;
    while (last > end && inWord(text, last - 1)) last--;
    if (RETRY_ENDINGS.has(text.slice(last, stop).toLowerCase())) return 'retry';
  }
  if (VERBS.has(first) || VERB_PHRASES.has(`${first} ${wordAfter(text, end, to)[0]}`)) return 'verb';
  return LEADS.has(first) ? 'lead' : 'other';
}

/** The clauses of masked text (see `maskSpans`), in order; clauses without words are left out. */
export function readClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  // Where a clause may end: a space or punctuation (letters are skipped at once).
  const boundary = /[\s,;:.!?]/g;
  let at = 0;
  // The punctuation that closed the clause before: "." at the start, which opens a sentence.
  let closedBy = '.';
  while (at < text.length) {
    const start = at;
    let breaks = 0;
    // The spaces, line breaks, connectors and commas before the words ("and then, ").
    for (;;) {
      const connector = connectorAt(text, at);
      if (connector > 0) at += connector;
      else if (isSpace(text, at) || (text[at] === ',' && at > start)) {
        if (text[at] === '\n') breaks++;
        at++;
      } else break;
    }
    const words = at;
    // The words, up to a line break, punctuation that ends the clause, or a space before a connector.
    boundary.lastIndex = at;
    while (boundary.test(text)) {
      at = boundary.lastIndex - 1;
      if (text[at] === '\n' || (isSpace(text, at) ? connectorAt(text, at + 1) > 0 : endsClause(text, at))) break;
    }
    // No boundary left (the search starts over at 0): the clause runs to the end.
    if (boundary.lastIndex === 0) at = text.length;
    const end = at;
    while (PUNCTUATION.has(text.charAt(at))) at++;
    if (end > words) {
      clauses.push({
        start,
        words,
        end,
        kind: kindOf(text, words, end),
        sentence: /[.!?]/.test(closedBy) || breaks > 1,
        joined: closedBy === '' && breaks === 0,
      });
    }
    closedBy = text.slice(end, at);
    if (at === start) at++;
  }
  return clauses;
}
