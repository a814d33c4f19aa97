// Decides which punctuation ends a clause or a sentence. The hard cases all come
// from real remediation text: "e.g." inside a sentence, "etc." at its end, an
// unquoted "Properties..." in mid-sentence, and American-style punctuation
// inside quotes (click "OK." Then try again).

import { ABBREVIATIONS, SENTENCE_FINAL_ABBREVIATIONS } from './lexicon.js';
import type { Token } from './tokenize.js';
import { isDigitAt, isUpperAt } from './words.js';

/** Characters that end a sentence; "…" is the one-character ellipsis. */
const SENTENCE_ENDS = '.!?…';

/** Opening brackets in front of an abbreviation: "(e.g." is "e.g". */
const LEADING_BRACKETS = /^[([{]+/;

/** Marks each token after which a clause or sentence ends, and where its own words stop. */
export function markBoundaries(text: string, tokens: Token[]): void {
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    if (token?.kind === 'word') markWord(text, token, nextStartsSentence(text, tokens, k));
    else if (token?.kind === 'quote') markQuote(text, token, nextStartsSentence(text, tokens, k));
  }
}

/** Whether what follows token `k` looks like a new sentence: a capital, a digit (a list marker), or the end. */
function nextStartsSentence(text: string, tokens: Token[], k: number): boolean {
  let next = tokens[k + 1];
  if (next?.kind === 'newline') next = tokens[k + 2];
  if (next === undefined) return true;
  if (next.kind === 'sep') return false;
  return isUpperAt(text, next.innerStart) || isDigitAt(text, next.innerStart);
}

/** Reads the punctuation a word ends with. */
function markWord(text: string, token: Token, capitalNext: boolean): void {
  const last = text.charAt(token.end - 1);
  if (last === ',' || last === ';' || last === ':') {
    token.boundary = last === ':' ? 'colon' : 'clause';
    token.contentEnd = token.end - 1;
    return;
  }
  if (!SENTENCE_ENDS.includes(last)) return;
  let runStart = token.end;
  let dots = 0;
  while (runStart > token.start && SENTENCE_ENDS.includes(text.charAt(runStart - 1))) {
    runStart--;
    if (text.charAt(runStart) === '.') dots++;
  }
  const ellipsis = dots >= 3 || text.slice(runStart, token.end).includes('…');
  const period = !ellipsis && token.end - runStart === 1 && last === '.';
  const word = period ? abbreviationOf(text, token.start, runStart) : '';
  if (ABBREVIATIONS.has(word)) return;
  if (ellipsis || SENTENCE_FINAL_ABBREVIATIONS.has(word)) {
    // An unquoted "click Properties... and" goes on; "Properties... Then" ends;
    // so does "etc.". The dots belong to the words, so they stay in the step's text.
    if (capitalNext) token.boundary = 'sentence';
    return;
  }
  token.boundary = 'sentence';
  token.contentEnd = runStart;
}

/** The word before a period, lower-cased and without opening brackets ("(e.g" is "e.g"), to look up as an abbreviation. */
function abbreviationOf(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(LEADING_BRACKETS, '').toLowerCase();
}

/**
 * American style puts the punctuation inside the quotes: click “Company
 * Preferences,” select our app. A quote whose words end with `,` or `;` ends
 * the clause; one ending with a single `.`, `!` or `?` ends the sentence when a
 * capital follows. An ellipsis ('Properties...') is part of the label.
 */
function markQuote(text: string, token: Token, capitalNext: boolean): void {
  const last = text.charAt(token.innerEnd - 1);
  if (last === ',' || last === ';') {
    token.boundary = 'clause';
    return;
  }
  const single = text.charAt(token.innerEnd - 2) !== '.';
  if (capitalNext && single && (last === '.' || last === '!' || last === '?')) token.boundary = 'sentence';
}
