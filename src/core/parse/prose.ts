// Stage 3b, prose: group clauses into steps. A step starts at an instruction
// (or at the lead before it in its sentence, "If prompted, click OK"); the
// words after an instruction stay with it ("which closes QuickBooks for you");
// the outro starts at a retry or at a new sentence after the last step.
import type { Clause } from './clauses.js';

/** Where a text's intro ends, where each step is, and where the outro starts: offsets into the text. */
export interface Outline {
  /** The end of the intro, which is the text before it. */
  introEnd: number;
  /** Each step as `[start, end)`, untrimmed. */
  steps: Array<[number, number]>;
  /** The start of the outro, which runs to the end of the text. */
  outroStart: number;
}

/** How many clauses a lead may come before its instruction ("If asked, and only then, click Yes"). */
const LEAD_REACH = 10;

/**
 * Which clauses give an instruction: those opening with a verb after
 * punctuation or a line break ("open QuickBooks, log in"), or after "and" /
 * "then" in a sentence that gave one already ("Open QuickBooks and log in").
 * "QuickBooks will restart and update the file" gives none: its sentence
 * opened with no instruction.
 */
function instructions(clauses: readonly Clause[]): boolean[] {
  let instructed = false;
  return clauses.map((clause) => {
    if (clause.sentence) instructed = false;
    const given = clause.kind === 'verb' && (instructed || !clause.joined);
    instructed ||= given;
    return given;
  });
}

/**
 * Where the step of the instruction at `index` starts: at the earliest lead
 * before it in its sentence ("If prompted, click OK"), else at the
 * instruction. `after` is the index of the step before it.
 */
function stepStart(clauses: readonly Clause[], index: number, after: number): number {
  let start = index;
  if ((clauses[index] as Clause).sentence) return start;
  for (let before = index - 1; before > after && index - before <= LEAD_REACH; before--) {
    const clause = clauses[before] as Clause;
    if (clause.kind === 'lead') start = before;
    if (clause.sentence) break;
  }
  return start;
}

/** The outline of prose `length` characters long; `undefined` when it gives no instruction. */
export function readProse(clauses: readonly Clause[], length: number): Outline | undefined {
  const at = (index: number) => clauses[index] as Clause;
  const starts: number[] = [];
  let last = -1;
  instructions(clauses).forEach((given, index) => {
    if (!given) return;
    starts.push(stepStart(clauses, index, last));
    last = index;
  });
  if (last < 0) return undefined;
  // The outro: the first retry or new sentence after the last step.
  let outro = last + 1;
  while (outro < clauses.length && !at(outro).sentence && at(outro).kind !== 'retry') outro++;
  return {
    introEnd: at(starts[0] as number).start,
    steps: starts.map((start, step) => [at(start).words, at((starts[step + 1] ?? outro) - 1).end]),
    outroStart: outro < clauses.length ? at(outro).start : length,
  };
}
