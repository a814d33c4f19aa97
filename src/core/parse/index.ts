// parseFixSteps: remediation text in, a checklist out, in stages, each one
// pass over the text (see README, "What the parser reads"):
// 1. markup.ts finds quotes, code spans, bold and italics, and masks their
//    insides, so nothing inside 'Yes, always; allow access' splits a step;
// 2. clauses.ts cuts the masked text into clauses and tells how each opens
//    (a verb, a lead such as "If prompted", a retry such as "Try again");
// 3. lists.ts reads the text as a list (numbers, bullets, lines after ":"),
//    or else prose.ts groups the clauses into steps;
// 4. parts.ts cuts each step into words, menu paths (menu-paths.ts, whose
//    unquoted items menu-items.ts reads) and labels.
// The word lists of every stage are in words.ts, character tests in chars.ts.
import type { FixPlan, FixStep } from '../types.js';
import { isSpace } from './chars.js';
import { PUNCTUATION, readClauses } from './clauses.js';
import { readList } from './lists.js';
import { findSpans, maskSpans } from './markup.js';
import { findSeparators } from './menu-paths.js';
import { stepOf } from './parts.js';
import { readProse } from './prose.js';

/**
 * Picks, for steps in order, the runs of `list` (in order) that lie inside
 * each step; one cut by a step's ends belongs to none. Its cursor only moves
 * forward, so all steps together read the list once.
 */
function insideSteps<T extends { start: number; end: number }>(list: readonly T[]): (from: number, to: number) => T[] {
  let next = 0;
  return (from, to) => {
    const inside: T[] = [];
    for (let item = list[next]; item && item.start < to; item = list[++next]) {
      if (item.start >= from && item.end <= to) inside.push(item);
    }
    return inside;
  };
}

/**
 * Splits remediation prose into an intro, fix steps and an outro.
 *
 * Never throws (a value that is not a string gives an empty plan), loses no
 * word of the input (list markers and the connectors "then"/"and" aside), and
 * runs in time linear in the length of the text. A text without any
 * instruction in it has no steps: all of it, trimmed, is the intro.
 *
 * @example
 * parseFixSteps("To fix this, open QuickBooks Desktop, then click 'OK'. Then try again.")
 * // { intro: 'To fix this,',
 * //   steps: [{ text: 'open QuickBooks Desktop', ... }, { text: "click 'OK'", labels: ['OK'], ... }],
 * //   outro: 'Then try again.' }
 */
export function parseFixSteps(input: string): FixPlan {
  const text = typeof input === 'string' ? input : '';
  const spans = findSpans(text);
  const masked = maskSpans(text, spans);
  const clauses = readClauses(masked);
  const outline = readList(masked, clauses) ?? readProse(clauses, text.length);
  if (!outline) return { intro: text.trim(), steps: [], outro: '' };
  const spansIn = insideSteps(spans);
  const separatorsIn = insideSteps(findSeparators(text));
  const steps: FixStep[] = [];
  for (let [from, to] of outline.steps) {
    // Trimmed in the masked text, where the ";" of "&quot;" is no punctuation; the punctuation
    // that closes a clause stays out of the step's text ("click 'OK'." gives "click 'OK'").
    while (from < to && isSpace(masked, from)) from++;
    while (to > from && (isSpace(masked, to - 1) || PUNCTUATION.has(masked.charAt(to - 1)))) to--;
    if (to > from) steps.push(stepOf(text, from, to, spansIn(from, to), separatorsIn(from, to)));
  }
  return {
    intro: text.slice(0, outline.introEnd).trim(),
    steps,
    outro: text.slice(outline.outroStart).trim(),
  };
}
