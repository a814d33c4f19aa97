// Step three of parsing prose: cut the tokens into clauses at boundary
// punctuation, line breaks and connectors ("open QuickBooks and log in as
// Admin"), then tell what each clause is: an instruction, the closing retry
// sentence, a lead-in that belongs to the next instruction, or other words.
import { CONDITION_WORDS, POLITE_WORDS, RETRY_MARKERS, RETRY_VERBS, SEQUENCE_WORDS } from './lexicon.js';
import type { Token } from './tokenize.js';
import { bareWord, isConnector, skipConnectors, verbLength } from './words.js';

/** A run of tokens between two clause boundaries. */
export interface Clause {
  /** Index of its first token. */
  from: number;
  /** Index just past its last token. */
  to: number;
  /** First clause of a sentence or paragraph: a condition ("If prompted,") reaches forward only within one. */
  startsSentence: boolean;
  /** Starts a sentence, a line or follows a colon: where an imperative verb may be capitalised. */
  startsLine: boolean;
}

/**
 * What a clause is. `lead` joins the next instruction of its sentence: a
 * condition ("If prompted, click 'Yes'") or a lone sequence word ("Next, click
 * 'OK'"). `retry` is the closing "Then try again." that starts the outro.
 */
export type ClauseKind = 'instruction' | 'retry' | 'lead' | 'other';

/** Cuts tokens `from`..`to` into clauses. */
export function splitClauses(text: string, tokens: readonly Token[], from: number, to: number): Clause[] {
  const clauses: Clause[] = [];
  let start = -1;
  let startsSentence = true;
  let startsLine = true;
  // Whether the open clause starts with an imperative verb (known from its
  // first word on), and whether any clause of the sentence so far did.
  let opensWithVerb: boolean | undefined;
  let instructed = false;
  const close = (end: number): void => {
    if (start < 0) return;
    clauses.push({ from: start, to: end, startsSentence, startsLine });
    start = -1;
    startsSentence = false;
    startsLine = false;
  };
  for (let k = from; k < to; k++) {
    const token = tokens[k];
    if (token === undefined) break;
    if (token.kind === 'newline') {
      close(k);
      startsLine = true;
      startsSentence ||= token.blank;
      instructed &&= !token.blank;
      continue;
    }
    if (start >= 0 && connectorSplitsAt(text, tokens, start, k, to, instructed)) close(k);
    if (start < 0) {
      start = k;
      opensWithVerb = undefined;
    }
    if (opensWithVerb === undefined && !isConnector(text, tokens, k) && !POLITE_WORDS.has(bareWord(text, token))) {
      opensWithVerb = verbLength(text, tokens, k, to, startsLine) > 0;
      instructed ||= opensWithVerb;
    }
    if (token.boundary !== undefined) {
      close(k + 1);
      startsSentence = token.boundary === 'sentence';
      startsLine = token.boundary !== 'clause';
      instructed &&= !startsSentence;
    }
  }
  close(to);
  return clauses;
}

/**
 * Whether a new clause starts at token `k` without punctuation before it:
 * "close QuickBooks and then reopen it", "open QuickBooks Desktop and log in
 * as Admin", "close QuickBooks then reopen it". Only a sentence that gives
 * an instruction (`instruction`) splits, so "QuickBooks will restart and then
 * reconnect" stays whole; and a plain "and" or "then" splits only before a
 * verb, so "make sure QuickBooks and the Web Connector are open" stays whole.
 * Never right after a lone verb ("Open and close the file").
 */
function connectorSplitsAt(
  text: string,
  tokens: readonly Token[],
  start: number,
  k: number,
  to: number,
  instruction: boolean,
): boolean {
  const word = bareWord(text, tokens[k]);
  if (word !== 'and' && word !== 'then') return false;
  const loneVerb = k - start === 1 && verbLength(text, tokens, start, to, true) === 1;
  if (loneVerb) return false;
  if (!instruction) return false;
  if (word === 'and' && bareWord(text, tokens[k + 1]) === 'then') return true;
  if (word === 'then' && tokens[k]?.boundary !== undefined) return true;
  return tokens[k]?.boundary === undefined && verbLength(text, tokens, k + 1, to, false) > 0;
}

/** Tells what a clause is (see `ClauseKind`). */
export function classifyClause(text: string, tokens: readonly Token[], clause: Clause): ClauseKind {
  let k = skipConnectors(text, tokens, clause.from, clause.to);
  if (k >= clause.to) return 'lead';
  let word = bareWord(text, tokens[k]);
  if (SEQUENCE_WORDS.has(word) && k + 1 === clause.to) return 'lead';
  if (POLITE_WORDS.has(word) && k + 1 < clause.to) {
    k++;
    word = bareWord(text, tokens[k]);
  }
  if (RETRY_VERBS.has(word) || (word === 'try' && mentionsRetry(text, tokens, k + 1, clause.to))) return 'retry';
  if (verbLength(text, tokens, k, clause.to, clause.startsLine) > 0) return 'instruction';
  if (CONDITION_WORDS.has(word)) return 'lead';
  return 'other';
}

/** Whether "again" or "later" follows "try" in the clause: "try again", "try the sync again later". */
function mentionsRetry(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  return tokens.slice(from, to).some((token) => RETRY_MARKERS.has(bareWord(text, token)));
}
