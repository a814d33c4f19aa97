// Stage 3, clauses: cut masked text into clauses and tell how each one opens.
// A clause ends at , ; : . ! or ? before a space, at a line break, or before
// the connector "and"/"then". One pass over the text, no regex that loops.
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

/** Punctuation that closes a clause when a space or the end follows it. */
const PUNCTUATION = ',;:.!?';

/** Words of a clause: letters, digits, apostrophes and hyphens ("don't", "right-click"). */
const WORD = /[\p{L}\p{N}'’-]+/gu;

/** A run of letters and digits at a given position (`lastIndex`): "and" in "and then", but "Sandbox" whole. */
const LETTERS = /[\p{L}\p{N}]+/uy;

/** A word ending at the end of a text, read back over its letters and inner periods ("e.g", "Inc"). */
const WORD_BEFORE_PERIOD = /[\p{L}.]{1,8}$/u;

const isSpace = (char: string | undefined): boolean => char !== undefined && /\s/.test(char);

/** The length of the connector ("and", "then") that starts at `at`, or 0. */
function connectorAt(text: string, at: number): number {
  LETTERS.lastIndex = at;
  const word = LETTERS.exec(text)?.[0] ?? '';
  return CONNECTORS.has(word.toLowerCase()) ? word.length : 0;
}

/**
 * The punctuation at `at` ends no clause when it is inside a word ("v1.2",
 * "Acme Inc.qbw"), or is the period of an abbreviation ("e.g. the one on your
 * server", "Invoice No. 1042").
 */
function endsClause(text: string, at: number): boolean {
  if (!PUNCTUATION.includes(text.charAt(at))) return false;
  const next = text[at + 1];
  if (next !== undefined && !isSpace(next)) return false;
  if (text[at] !== '.') return true;
  const word = WORD_BEFORE_PERIOD.exec(text.slice(Math.max(0, at - 8), at))?.[0].toLowerCase() ?? '';
  if (ABBREVIATIONS.has(word)) return false;
  return !(NUMBER_ABBREVIATIONS.has(word) && /^\s+\d/.test(text.slice(at + 1, at + 4)));
}

/** How the clause `text[from, to)` opens. */
export function kindOf(text: string, from: number, to: number): ClauseKind {
  const head = text.slice(from, Math.min(to, from + 40)).toLowerCase().replaceAll('’', "'");
  const words = head.match(WORD) ?? [];
  if (POLITE.has(words[0] ?? '')) words.shift();
  const [first = '', second = ''] = words;
  if (RETRY_WORDS.has(first)) return 'retry';
  if (first === 'try') {
    const last = text.slice(Math.max(from, to - 12), to).match(WORD)?.pop();
    if (RETRY_ENDINGS.has(last?.toLowerCase() ?? '')) return 'retry';
  }
  if (VERBS.has(first) || VERB_PHRASES.has(`${first} ${second}`)) return 'verb';
  return LEADS.has(first) ? 'lead' : 'other';
}

/** The clauses of masked text (see `maskSpans`), in order; clauses without words are left out. */
export function readClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
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
      else if (isSpace(text[at]) || (text[at] === ',' && at > start)) breaks += text[at++] === '\n' ? 1 : 0;
      else break;
    }
    const words = at;
    // The words, up to punctuation, a line break or a space before a connector.
    while (at < text.length && text[at] !== '\n' && !endsClause(text, at)) {
      if (isSpace(text[at]) && connectorAt(text, at + 1)) break;
      at++;
    }
    const end = at;
    while (PUNCTUATION.includes(text.charAt(at)) && at < text.length) at++;
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
