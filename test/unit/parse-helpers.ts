// Test helpers for parseFixSteps: what "loses no word" means, precisely, and a
// short outline of a plan for table-driven tests.
import { parseFixSteps } from '../../src/core/parse/index.js';
import type { FixPlan } from '../../src/core/types.js';

/**
 * A word is a maximal run of letters and digits (so "don't" is "don" and "t",
 * and "'OK'." is "OK"); punctuation-only pieces are ignored. The connectors
 * "then" and "and" (any case) are removed from both sides. A list marker is a
 * whitespace-separated piece of the input that is digits followed by "." or
 * ")"; its number may be missing from the output.
 */
export interface Word {
  /** The word as written. */
  word: string;
  /** It came from a list marker ("2."), which the plan may leave out. */
  marker: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;
const LIST_MARKER = /^\d+[.)]$/;
const CONNECTOR_WORDS = new Set(['then', 'and']);

/** The words of a text, connectors removed (see `Word`). */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const piece of text.split(/\s+/)) {
    const marker = LIST_MARKER.test(piece);
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
