// Step four for prose: group the clauses into intro, steps and outro. Every
// clause lands in exactly one of them, which is what keeps the parse lossless.
import { type Clause, type ClauseKind, classifyClause, splitClauses } from './clauses.js';
import type { Token } from './tokenize.js';

/** A step as a range of tokens. */
export interface StepRange {
  /** Index of the step's first token (a leading connector is dropped later). */
  from: number;
  /** Index just past its last token. */
  to: number;
}

/** Where intro, steps and outro lie in the text. */
export interface Layout {
  /** The intro is the text before this offset. */
  introEnd: number;
  /** The steps, in order. */
  steps: StepRange[];
  /** The outro is the text from this offset on; `undefined` for none. */
  outroStart: number | undefined;
}

/**
 * Lays out prose such as Conductor's own messages: "We could not connect ...
 * To fix this, open QuickBooks Desktop, log in as Admin, ..., then click 'OK'.
 * Then try again." Returns `undefined` when no clause is an instruction.
 *
 * - Before the first instruction everything is intro ("To fix this,").
 * - A lead ("If prompted,", "Next,") joins the next instruction of its sentence.
 * - Other clauses after a step belong to it ("..., which may take a minute").
 * - After the last instruction, the outro starts at a retry clause ("and then
 *   try again") or at the next sentence.
 */
export function layOutProse(text: string, tokens: readonly Token[]): Layout | undefined {
  const clauses = splitClauses(text, tokens, 0, tokens.length);
  const kinds = clauses.map((clause) => classifyClause(text, tokens, clause));
  const starts = stepStarts(clauses, kinds);
  const lastInstruction = kinds.lastIndexOf('instruction');
  const firstStart = starts[0];
  if (firstStart === undefined || lastInstruction < 0) return undefined;

  let outro = lastInstruction + 1;
  while (outro < clauses.length && kinds[outro] !== 'retry' && !clauses[outro]?.startsSentence) outro++;

  const steps = starts.map((start, index) => {
    const end = starts[index + 1] ?? outro;
    return { from: clauses[start]?.from ?? 0, to: clauses[end - 1]?.to ?? 0 };
  });
  return {
    introEnd: tokens[clauses[firstStart]?.from ?? 0]?.start ?? 0,
    steps,
    outroStart: tokens[clauses[outro]?.from ?? tokens.length]?.start,
  };
}

/**
 * The index of the clause each step starts with: its instruction, or the lead
 * run before it in the same sentence ("If you are asked to allow access, choose
 * 'Yes, always'"). A run that meets no instruction before the sentence ends is
 * just other words.
 */
function stepStarts(clauses: readonly Clause[], kinds: readonly ClauseKind[]): number[] {
  const starts: number[] = [];
  let lead = -1;
  clauses.forEach((clause, index) => {
    if (clause.startsSentence) lead = -1;
    const kind = kinds[index];
    if (kind === 'instruction') {
      starts.push(lead >= 0 ? lead : index);
      lead = -1;
    } else if (kind === 'lead') {
      if (lead < 0) lead = index;
    } else if (kind === 'retry') {
      lead = -1;
    }
  });
  return starts;
}
