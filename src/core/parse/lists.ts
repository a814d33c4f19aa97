// Stage 3a, lists: a text written as a list is read one step per item, never
// split inside an item. A list is a run of markers of one shape (numbers
// counting up from any start, or one bullet), or, after a line ending in ":",
// lines without markers that each open with a capital letter.
import { blanksBefore } from './chars.js';
import { type Clause, kindOf } from './clauses.js';
import type { Outline } from './prose.js';

/** A shape of list marker, and whether its markers count up (else they repeat, as bullets do). */
interface MarkerShape {
  /** The marker, its number or bullet in group 1; a space follows it. */
  pattern: RegExp;
  numbered: boolean;
}

/** The list markers read, each a word of its own: "v1.2" and "(e.g." are none. */
export const MARKER_SHAPES: readonly MarkerShape[] = [
  // "1. Open QuickBooks 2. Click OK", and lists that start anywhere: "5. Restart".
  { pattern: /(?<!\S)(\d+)\.(?=\s)/g, numbered: true },
  // "1) Close QuickBooks 2) Restart the Web Connector"
  { pattern: /(?<!\S)(\d+)\)(?=\s)/g, numbered: true },
  // "(1) Back up the file (2) Rebuild the data"
  { pattern: /(?<!\S)\((\d+)\)(?=\s)/g, numbered: true },
  // "Step 1: Back up", "Step 2 – Rebuild the data", "Step 3. Verify", "Step 4 - Restart"
  { pattern: /(?<!\S)step (\d+)(?:[:.]| ?[–—-])(?=\s)/gi, numbered: true },
  // Bullets: "- Open", "• Open", "* Open", "– Open" (an en dash).
  { pattern: /(?<!\S)([-•*–])(?=\s)/g, numbered: false },
];

/** A marker found in the text. */
interface Marker {
  start: number;
  end: number;
  /** It stands at a line's start, else after a sentence or inside one. */
  place: 'line' | 'sentence' | 'inline';
}

/** A line that goes on the item above it: indented, or opening in lower case ("   that QuickBooks shows."). */
const CONTINUATION = /^(?:[ \t]+\S|\p{Ll})/u;

/** A line that opens with a capital letter, maybe indented ("Close QuickBooks"). */
const CAPITALISED = /^[ \t]*\p{Lu}/u;

const lineEnd = (text: string, from: number): number => {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
};

/** The line that starts at `from`. */
const lineAt = (text: string, from: number): string => text.slice(from, lineEnd(text, from));

/** Where a marker stands: at a line's start, after . ! ? or : and spaces, or inside a sentence. */
function placeOf(text: string, at: number): Marker['place'] {
  const before = blanksBefore(text, at) - 1;
  if (before < 0 || text[before] === '\n') return 'line';
  return '.!?:'.includes(text.charAt(before)) ? 'sentence' : 'inline';
}

/**
 * The longest run of markers of one shape (the first of the longest). A run
 * starts at a line's start or after a sentence; a numbered run goes on at
 * its next number wherever it stands ("1. Open QuickBooks 2. Log in"), so
 * "Use port 8. 1. Open" starts at 1 and "9." in "2. Close it. 9. Done" is a word.
 */
function longestRun(text: string, { pattern, numbered }: MarkerShape): Marker[] {
  // The runs under way, by the number (or bullet) their next marker has.
  const runs = new Map<string, Marker[]>();
  let longest: Marker[] = [];
  for (const match of text.matchAll(pattern)) {
    const value = match[1] ?? '';
    const key = numbered ? String(Number(value)) : value;
    const marker = { start: match.index, end: match.index + match[0].length, place: placeOf(text, match.index) };
    let run = runs.get(key);
    if (run && (numbered || marker.place !== 'inline')) run.push(marker);
    else if (marker.place !== 'inline') run = [marker];
    else continue;
    runs.delete(key);
    const next = numbered ? String(Number(value) + 1) : value;
    // A run already waiting for that number is at least as long: it stays.
    if (!runs.has(next)) runs.set(next, run);
    if (run.length > longest.length) longest = run;
  }
  return longest;
}

/**
 * Where the last item ends. It holds its first line and the lines that go on
 * from it; after its first sentence, a retry starts the outro ("3. Click OK.
 * Then try again."), and so does, in a list flattened into one line, any
 * sentence that gives no instruction ("- Click OK. It takes a minute.").
 */
function lastItemEnd(text: string, clauses: readonly Clause[], marker: Marker): number {
  let end = lineEnd(text, marker.end);
  while (end < text.length && CONTINUATION.test(lineAt(text, end + 1))) end = lineEnd(text, end + 1);
  // The item's first word: the clauses after it are its later sentences.
  const first = marker.end + Math.max(0, text.slice(marker.end, end).search(/\S/));
  let outro = end;
  for (let index = clauses.length - 1; index >= 0 && (clauses[index] as Clause).words > first; index--) {
    const { words, start, sentence, kind } = clauses[index] as Clause;
    const ends = kind === 'retry' || (marker.place !== 'line' && kind !== 'verb' && kind !== 'lead');
    if (words < end && sentence && ends) outro = start;
  }
  return outro;
}

/** A list written with markers, or `undefined`. */
function markedList(text: string, clauses: readonly Clause[]): Outline | undefined {
  let run: Marker[] = [];
  for (const shape of MARKER_SHAPES) {
    const found = longestRun(text, shape);
    if (found.length > run.length || (found.length === run.length && (found[0]?.start ?? 0) < (run[0]?.start ?? 0))) {
      run = found;
    }
  }
  const [first] = run;
  const last = run.at(-1);
  if (!first || !last || run.length < 2) return undefined;
  const outroStart = lastItemEnd(text, clauses, last);
  return {
    introEnd: first.start,
    steps: run.map((marker, index): [number, number] => [marker.end, run[index + 1]?.start ?? outroStart]),
    outroStart,
  };
}

/**
 * After a line ending in ":", two or more lines that each open with a capital
 * letter, one step each ("To reconnect:\nClose QuickBooks\nRestart the Web
 * Connector"), up to a blank line or a retry; `undefined` when there is none.
 */
function unmarkedList(text: string): Outline | undefined {
  for (let line = 0; line < text.length; ) {
    const introEnd = lineEnd(text, line);
    const intro = text.slice(line, introEnd);
    line = introEnd + 1;
    if (!intro.trimEnd().endsWith(':')) continue;
    const steps: Array<[number, number]> = [];
    while (line < text.length) {
      const words = lineAt(text, line);
      if (!words.trim() || kindOf(words, 0, words.length) === 'retry') break;
      if (!CAPITALISED.test(words)) {
        steps.length = 0;
        break;
      }
      steps.push([line, line + words.length]);
      line += words.length + 1;
    }
    if (steps.length > 1) return { introEnd, steps, outroStart: Math.min(line, text.length) };
  }
  return undefined;
}

/** The outline of a text written as a list, or `undefined` when it is none. */
export function readList(text: string, clauses: readonly Clause[]): Outline | undefined {
  return markedList(text, clauses) ?? unmarkedList(text);
}
