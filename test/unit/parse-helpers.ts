// Test helpers for parseFixSteps: what "loses no word" means, precisely, and a
// short outline of a plan for table-driven tests.
import { parseFixSteps } from '../../src/core/parse/index.js';
import type { Outline } from '../../src/core/parse/prose.js';
import type { FixPlan } from '../../src/core/types.js';

/**
 * A word is a maximal run of letters and digits (so "don't" is "don" and "t",
 * and "'OK'." is "OK"); punctuation-only pieces are ignored (bullets among
 * them). The connectors "then" and "and" (any case) are removed from both
 * sides. A list marker is a whitespace-separated piece of the input that is
 * digits followed by "." or ")", or digits in brackets ("(2)"), or "Step"
 * followed by a piece of digits ("Step 3:", "Step 3."); its words may be
 * missing from the output.
 */
export interface Word {
  /** The word as written. */
  word: string;
  /** It came from a list marker ("2."), which the plan may leave out. */
  marker: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;
const LIST_MARKER = /^(?:\d+[.)]|\(\d+\))$/;
const STEP_WORD = /^step$/i;
const STEP_NUMBER = /^\d+[:.]?$/;
const CONNECTOR_WORDS = new Set(['then', 'and']);

/** The words of a text, connectors removed (see `Word`). */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  const pieces = text.split(/\s+/);
  for (const [index, piece] of pieces.entries()) {
    const marker =
      LIST_MARKER.test(piece) ||
      (STEP_WORD.test(piece) && STEP_NUMBER.test(pieces[index + 1] ?? '')) ||
      (STEP_NUMBER.test(piece) && STEP_WORD.test(pieces[index - 1] ?? ''));
    for (const [word] of piece.matchAll(WORD)) {
      if (!CONNECTOR_WORDS.has(word.toLowerCase())) words.push({ word, marker });
    }
  }
  return words;
}

/** Whether the plan's words are the input's words, in order, case-sensitively, with only list numbers left out. */
export function losesNothing(input: string, plan: FixPlan): boolean {
  const output = wordsOf([plan.intro, ...plan.steps.map((step) => step.text), plan.outro].join('\n')).map(
    (w) => w.word,
  );
  // The positions in `output` that the input read so far can have reached.
  let reached = new Set([0]);
  for (const { word, marker } of wordsOf(input)) {
    const next = new Set<number>();
    for (const at of reached) {
      if (output[at] === word) next.add(at + 1);
      if (marker) next.add(at);
    }
    reached = next;
  }
  return reached.has(output.length);
}

/** Plan texts are slices of the input: each must occur in it verbatim. */
export function isVerbatim(input: string, plan: FixPlan): boolean {
  return [plan.intro, plan.outro, ...plan.steps.map((step) => step.text)].every((part) => input.includes(part));
}

/** The parts of a plan a user reads, without paths and labels. */
export function outline(text: string): { intro: string; steps: string[]; outro: string } {
  const plan = parseFixSteps(text);
  return { intro: plan.intro, steps: plan.steps.map((step) => step.text), outro: plan.outro };
}

/** A stage's outline of `text` as the trimmed slices it points at, or `undefined` for none. */
export function slicesOf(text: string, found: Outline | undefined) {
  return (
    found && {
      intro: text.slice(0, found.introEnd).trim(),
      steps: found.steps.map(([from, to]) => text.slice(from, to).trim()),
      outro: text.slice(found.outroStart).trim(),
    }
  );
}
