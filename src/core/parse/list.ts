// Step two of parsing: find list structure. Support articles and hand-written
// messages number their steps ("1. Open QuickBooks. 2. Go to Edit >
// Preferences.") or bullet them, flattened into one line or one item per line.
// Each item becomes one step, never split further.

import { type Clause, classifyClause, splitClauses } from './clauses.js';
import type { Layout, StepRange } from './prose.js';
import type { Token } from './tokenize.js';
import { isSpaceAt } from './words.js';

/**
 * A list number: "1." and "1)", at most three digits, so "999." is a marker and
 * "2024." (a version) never is.
 */
const LIST_NUMBER = /^[0-9]{1,3}[.)]$/;

/** The longest list number with its closer, "999.": longer words are not even copied to be tested. */
const MAX_MARKER_LENGTH = 4;

/** Bullets seen in remediation text: markdown "- " and "* ", and the typographic "• ". */
const BULLETS = '-*•';

/**
 * Finds a numbered or bulleted list and lays the text out around it: the text
 * before the first marker is the intro ("Here are the steps:"), each item is a
 * step, and a retry sentence in the last item, or the lines after a list
 * written one item per line, are the outro.
 */
export function layOutList(text: string, tokens: readonly Token[]): Layout | undefined {
  const numbered = numberedMarkers(text, tokens);
  const bullets = bulletMarkers(text, tokens);
  const markers = (numbered[0] ?? Infinity) <= (bullets[0] ?? Infinity) ? numbered : bullets;
  const first = markers[0];
  if (first === undefined) return undefined;

  const lineBased = markers.every((k) => startsLine(tokens, k));
  const end = lineBased ? endOfLastLine(tokens, markers[markers.length - 1] ?? first) : tokens.length;
  const steps: StepRange[] = markers.map((k, index) => ({ from: k + 1, to: markers[index + 1] ?? end }));
  const last = steps[steps.length - 1];
  const retry = last === undefined ? undefined : retryIn(text, tokens, last);
  if (last !== undefined && retry !== undefined) last.to = retry;
  const outroToken = retry ?? nextNonBreak(tokens, end);
  return { introEnd: tokens[first]?.start ?? 0, steps, outroStart: tokens[outroToken]?.start };
}

/** The list number of token `k` ("7." or "7)" with whitespace on both sides), or -1. */
function markerNumber(text: string, tokens: readonly Token[], k: number): number {
  const token = tokens[k];
  if (token?.kind !== 'word' || token.end - token.start > MAX_MARKER_LENGTH) return -1;
  const word = text.slice(token.start, token.end);
  const spaced = isSpaceAt(text, token.start - 1) || token.start === 0;
  return LIST_NUMBER.test(word) && spaced && isSpaceAt(text, token.end) ? Number.parseInt(word, 10) : -1;
}

/** A run of consecutive list numbers ending at one marker. */
interface Run {
  /** How many markers the run has. */
  length: number;
  /** The index of its last marker's token. */
  token: number;
  /** The marker starts a line or follows a sentence or a colon, as real list numbers do. */
  placed: boolean;
  /** The run it extends, one number lower, if any. */
  previous: Run | undefined;
}

/**
 * The longest run of consecutive list numbers in order (n, n+1, n+2, ...), at
 * least two long, so "wait 2 minutes" or "version 12. Then" is not a list but
 * a list may start at 5 or 7. One pass: for each number, the best run ending
 * in it so far. Between runs of equal length, one whose marker follows a
 * sentence wins: in "2. Install update 3. 3. Restart." the list goes on at
 * the second "3.".
 */
function numberedMarkers(text: string, tokens: readonly Token[]): number[] {
  const bestEndingIn = new Map<number, Run>();
  let best: Run | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const n = markerNumber(text, tokens, k);
    if (n < 0) continue;
    const before = bestEndingIn.get(n - 1);
    const run = { length: (before?.length ?? 0) + 1, token: k, placed: isPlaced(tokens, k), previous: before };
    if (beats(run, bestEndingIn.get(n))) bestEndingIn.set(n, run);
    if (beats(run, best)) best = run;
  }
  if (best === undefined || best.length < 2) return [];
  const markers: number[] = [];
  for (let run: Run | undefined = best; run !== undefined; run = run.previous) markers.push(run.token);
  return markers.reverse();
}

/** Whether `run` is a better list than `other`: longer, or as long with better placed markers. */
function beats(run: Run, other: Run | undefined): boolean {
  if (other === undefined || run.length !== other.length) return run.length > (other?.length ?? 0);
  return run.placed && !other.placed;
}

/**
 * Bullet markers of one kind. "•" and a lone "*" are never anything but
 * bullets. A dash is a bullet at the start of a line or after a sentence or a
 * colon ("Do this: - Open QuickBooks. - Click 'OK'."); in mid-sentence it is a
 * dash, unless the text holds a single such list flattened into one line
 * ("- Open QuickBooks - Click 'OK'"), where every lone dash after the first
 * marker is one.
 */
function bulletMarkers(text: string, tokens: readonly Token[]): number[] {
  const placed: number[] = [];
  const inline: number[] = [];
  let bullet: string | undefined;
  tokens.forEach((token, k) => {
    const ch = text.charAt(token.start);
    const lone = token.kind === 'word' && token.end - token.start === 1 && isSpaceAt(text, token.end);
    if (!lone || !BULLETS.includes(ch) || (bullet !== undefined && ch !== bullet)) return;
    if (ch !== '-' || isPlaced(tokens, k)) {
      bullet = ch;
      placed.push(k);
    } else if (bullet !== undefined) {
      inline.push(k);
    }
  });
  return placed.length === 1 ? [...placed, ...inline] : placed;
}

/** Whether token `k` starts a line. */
function startsLine(tokens: readonly Token[], k: number): boolean {
  return k === 0 || tokens[k - 1]?.kind === 'newline';
}

/** Whether a marker at token `k` starts a line or follows a sentence or a colon, as real list markers do. */
function isPlaced(tokens: readonly Token[], k: number): boolean {
  const boundary = tokens[k - 1]?.boundary;
  return startsLine(tokens, k) || boundary === 'sentence' || boundary === 'colon';
}

/** Where a list written one item per line ends: the first line break after its last marker that is not a wrapped continuation. */
function endOfLastLine(tokens: readonly Token[], lastMarker: number): number {
  const end = tokens.findIndex(
    (token, k) => k > lastMarker && token.kind === 'newline' && (token.blank || !token.indented),
  );
  return end < 0 ? tokens.length : end;
}

/** The first token at or after `k` that is not a line break. */
function nextNonBreak(tokens: readonly Token[], k: number): number {
  let next = k;
  while (tokens[next]?.kind === 'newline') next++;
  return next;
}

/**
 * Where a retry sentence in the last item starts ("3. Click 'OK'. Then try
 * again.", or on a line of its own), if it has one. A retry clause inside the
 * item's sentence ("3. Wait, then try the sync again.") stays: items never split.
 */
function retryIn(text: string, tokens: readonly Token[], item: StepRange): number | undefined {
  const clauses = splitClauses(text, tokens, item.from, item.to);
  const isRetry = (clause: Clause): boolean =>
    (clause.startsSentence || clause.startsLine) && classifyClause(text, tokens, clause) === 'retry';
  return clauses.find(isRetry)?.from;
}
