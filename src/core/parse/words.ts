// The vocabulary of every parsing step: character classes and word look-ups.
//
// Each character test looks at one character with a one-character regex, so
// scanning stays linear and no pattern can backtrack.
//
// A word is looked up without its boundary punctuation and in lower case
// ("Then," is "then"), but whether it was written with a capital still matters:
// an imperative verb in mid-sentence is written in lower case, so "Close
// QuickBooks, Excel, and Update Manager" has one step, not a second one called
// "Update Manager".
import { CONNECTORS, IMPERATIVE_VERBS, LONGEST_LEXICON_WORD, PHRASAL_VERBS } from './lexicon.js';
import type { Token } from './tokenize.js';

/** A test of the one character at `i` against a one-character pattern; past the end there is no character. */
function characterTest(pattern: RegExp): (text: string, i: number) => boolean {
  return (text, i) => pattern.test(text.charAt(i));
}

/** Whether the character at `i` is whitespace, newlines included. */
export const isSpaceAt = characterTest(/\s/);

/** A letter or digit, in any script. */
export const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Whether the character at `i` is a letter or digit: what tells a quote mark from an apostrophe inside a word. */
export const isWordCharAt = characterTest(WORD_CHARACTER);

/** Whether the character at `i` is an ASCII digit (list markers are "1." to "999."). */
export const isDigitAt = characterTest(/[0-9]/);

/**
 * Whether the character at `i` is a single-character menu-path separator seen
 * in QuickBooks help texts: "Edit > Preferences", "Edit → Preferences", "Edit ›
 * Preferences", "Edit » Preferences" and the Word-style arrow "Edit ➪ Preferences".
 */
const isSeparatorAt = characterTest(/[>→›»➪]/);

/**
 * Text trimmed, with each run of whitespace made one space: a label or menu
 * item wrapped over two lines ('Allow this\n application ...') names the same
 * control as on one line, and a support-details line cannot be broken in two.
 */
export function oneLine(text: string): string {
  return text
    .split(/\s/)
    .filter((word) => word !== '')
    .join(' ');
}

/** Whether the character at `i` is an upper-case letter: a new sentence, or a menu name written without quotes. */
export function isUpperAt(text: string, i: number): boolean {
  const ch = text.charAt(i);
  return ch !== ch.toLowerCase();
}

/** Whether the character at `i` is a lower-case letter: verbs in mid-sentence are written this way. */
export function isLowerAt(text: string, i: number): boolean {
  const ch = text.charAt(i);
  return ch !== ch.toUpperCase();
}

/**
 * How many characters of a menu-path separator start at `i` (0 for none).
 * "->" is the plain-ASCII arrow some support articles write. A comparison
 * (">", ">=") is told from a path later, by the words around it.
 */
export function separatorLength(text: string, i: number): number {
  if (text.startsWith('->', i)) return 2;
  return isSeparatorAt(text, i) ? 1 : 0;
}

/**
 * A word token's text in lower case without boundary punctuation, for lexicon
 * look-ups; '' for any other token and for words too long to be in the lexicon.
 */
export function bareWord(text: string, token: Token | undefined): string {
  if (token?.kind !== 'word' || token.contentEnd - token.start > LONGEST_LEXICON_WORD) return '';
  return text.slice(token.start, token.contentEnd).toLowerCase();
}

/** Whether token `k` is one of the connectors "then"/"and" a step drops in front. */
export function isConnector(text: string, tokens: readonly Token[], k: number): boolean {
  return CONNECTORS.has(bareWord(text, tokens[k]));
}

/** The first token at or after `from` (and before `to`) that is neither a line break nor a connector. */
export function skipConnectors(text: string, tokens: readonly Token[], from: number, to: number): number {
  let k = from;
  while (k < to && (tokens[k]?.kind === 'newline' || isConnector(text, tokens, k))) k++;
  return k;
}

/**
 * How many tokens of an imperative verb start at token `k` (0 when none):
 * 1 for "click", 2 for "log in". `capitalAllowed` says whether the clause
 * starts a sentence or a line, where the verb may be capitalised.
 */
export function verbLength(
  text: string,
  tokens: readonly Token[],
  k: number,
  to: number,
  capitalAllowed: boolean,
): number {
  const token = tokens[k];
  if (k >= to || token?.kind !== 'word') return 0;
  const written = isLowerAt(text, token.start) || (capitalAllowed && isUpperAt(text, token.start));
  if (!written) return 0;
  const word = bareWord(text, token);
  if (IMPERATIVE_VERBS.has(word)) return 1;
  const particles = PHRASAL_VERBS.get(word);
  if (particles === undefined || token.boundary !== undefined || k + 1 >= to) return 0;
  return particles.includes(bareWord(text, tokens[k + 1])) ? 2 : 0;
}

/** Whether token `k` is any form of an imperative verb, capitalised or not: a menu name never starts with one. */
export function isVerbWord(text: string, tokens: readonly Token[], k: number): boolean {
  const word = bareWord(text, tokens[k]);
  return IMPERATIVE_VERBS.has(word) || PHRASAL_VERBS.has(word);
}
