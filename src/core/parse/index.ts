// parseFixSteps: Conductor's `userFacingMessage` prose in, a checklist out.
//
// The reading is done by regexes, in passes that are each linear:
// 1. quotes are masked (same length, no punctuation), so nothing inside a
//    quote ever splits a step, and offsets still point into the text;
// 2. a numbered list, if there is one, has its numbers masked as form feeds;
// 3. a sticky clause regex cuts the text at , ; : . ! ?, line breaks, list
//    numbers and before "and"/"then", and tells how each clause opens; each
//    clause becomes one letter, i(nstruction), r(etry), l(ead: "If
//    prompted,") or o(ther), a capital when it starts a sentence;
// 4. two regexes over those letters find the steps and the outro;
// 5. in each step, one regex finds the menu path and another the labels.
// Word lists live inside the regexes: a string or an array would cost more.
import type { FixPlan } from '../types.js';
import { oneLine } from './words.js';

/**
 * A quote, its words in group 1 without the , ; or . that American style puts
 * inside ('Properties...' keeps its ellipsis); or a run of other text. A quote
 * does not open after a letter ("don't" and "QuickBooks'" are words) and is at
 * most 160 characters long, so a stray mark costs a bounded look-ahead.
 */
const QUOTE = /(?<!\w)['"“‘](?=\S)((?:['"”’]\w|[^'"”’]){0,160}?(?:[^\s.]|\.\.\.))[,;.]?['"”’](?!\w)|[^'"“‘]+|./gy;

/** A list number, "1." or "1)", a word of its own ("v1.2" and "1.5" are none). */
const NUMBER = /(?<!\S)(\d+)[.)](?!\S)/g;

/**
 * A clause: (1) the space, list number and connectors ("and", "then") before
 * it; how it opens, "Please" aside: (2) with a retry ("Then try again.",
 * "Then retry the sync."), (3) with an imperative verb ("log", "sign", "make",
 * "turn", "back" stand for "log in", "sign in", "make sure", "turn on", "back
 * up"), (4) with a lead, which joins the next instruction of its sentence ("If
 * prompted,", "Next,"); (5) its words, up to a line break, a list number,
 * punctuation followed by a space (the period of "e.g." and "i.e." aside),
 * or a space before "and" or "then"; (6) its
 * closing punctuation. A clause cut off at "and"/"then" that does not open
 * with a verb goes on the step before it, so "make sure QuickBooks and the Web
 * Connector are open" stays one step.
 */
export const CLAUSE =
  /(\s*(?:(?:and|then)\b[,\s]*)*)(?=(?:please\s+)?(?:(retry|try\s+(?:again|later))|(open|reopen|close|restart|go|navigate|click|select|choose|ensure|make|check|tick|wait|update|install|contact|use|log|sign|turn|back|don't|download|create|allow|enter|start|run|press|remove|set|save|add|rename|change|switch|verify|reinstall)|(if|when|once|first|next|finally))\b|)((?:\b(?:e\.g|i\.e)\.|[^\s,;:.!?]|[,;:.!?](?!\s|$)|[^\S\n\f](?!(?:and|then)\b))*)([,;:.!?]*)/giy;

/**
 * A menu path: items that start with a capital, each maybe quoted, joined by
 * > › → » ➪ or "->"; or a quote holding such a path. The first item is one
 * word ("Go to Edit > Preferences") unless quoted, the others up to six ("Set
 * Up Users and Passwords"); an item that starts with a digit ("> 0") is none.
 */
const PATH =
  /(?:['"“‘][A-Z][^>→›»➪'"”’]{0,40}['"”’]?|[A-Z][^\s>→›»➪'"”’,;]{0,40})(?: ?(?:->|[>→›»➪])\s{0,40}['"“‘]?[A-Z][^\s>→›»➪'"”’,;]{0,40}(?: (?:of |and )?[A-Z][^\s>→›»➪'"”’,;]{0,40}){0,5}['"”’]?)+/;

/**
 * Splits remediation prose into an intro, fix steps and an outro.
 *
 * Never throws (a value that is not a string gives an empty plan), loses no
 * word of the input (list numbers and the connectors "then"/"and" aside), and
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
  let masked = text.replace(QUOTE, (quote, words) => (words ? '_'.repeat(quote.length) : quote));
  // A numbered list: 1., 2., 3. (or 1), 2)...), its numbers masked as form feeds.
  let next = 1;
  const numbered = masked.replace(NUMBER, (n, digits) => (+digits === next && ++next ? '\f'.repeat(n.length) : n));
  const list = next > 2;
  if (list) masked = numbered;

  // Each clause as [start, start of its words, end of the words of the clause before], and as one letter of `outline`.
  const spans: number[][] = [];
  let outline = '';
  let last = -1;
  let wordsEnd = 0;
  let end = '.';
  let instructed = false;
  masked.replace(CLAUSE, (_, lead, retry, verb, leader, words, punctuation, at) => {
    // It starts a sentence after . ! ? or a blank line.
    const sentence = /[.!?]/.test(end) || /\n\s*\n/.test(lead);
    if (words) {
      if (sentence) instructed = false;
      // A letter in lower and upper case. In a list only items are steps, and "-" never
      // starts the outro. A clause split off at "and"/"then" (nothing ended the clause
      // before it) is an instruction only in a sentence that gave one already.
      const k = retry
        ? 'rR'
        : list
          ? /\f/.test(lead)
            ? 'iI'
            : '--'
          : verb && (instructed || end || /[\n\f]/.test(lead))
            ? 'iI'
            : leader
              ? 'lL'
              : 'oO';
      if (k === 'iI') {
        instructed = true;
        last = spans.length;
      }
      outline += k[+sentence];
      const b = at + lead.length;
      spans.push([at, b, wordsEnd]);
      wordsEnd = b + words.length;
    }
    end = punctuation;
    return '';
  });

  // The end of the text closes the outline, as a retry would: the outro starts there at the latest.
  spans.push([text.length, 0, wordsEnd]);
  outline += 'R';
  // A step starts at an instruction, or at the lead before it in its sentence. The outro
  // starts after the last step, at a retry or (in prose) a sentence.
  const starts = [...outline.matchAll(/(?:[lL][lo]{0,9})?i|I/g)].map((s) => s.index);
  const outro = last < 0 ? spans.length - 1 : outline.slice(last + 1).search(/[rA-Z]/) + last + 1;
  return {
    intro: text.slice(0, (spans[starts[0] ?? outro] as number[])[0]).trim(),
    steps: starts.map((start, j) => {
      const step = text.slice((spans[start] as number[])[1], (spans[starts[j + 1] ?? outro] as number[])[2]).trim();
      const path = PATH.exec(step)?.[0];
      return {
        text: step,
        // Until the staged parser lands: the whole step as one plain part.
        parts: [{ kind: 'text' as const, text: step }],
        menuPath: path?.split(/->|[>→›»➪]/).map((item) => oneLine(item).replace(/^['"“‘]|['"”’]$/g, '')),
        labels: [...step.replace(path ?? '', ' ').matchAll(QUOTE)].flatMap((q) => (q[1] ? oneLine(q[1]) : [])),
      };
    }),
    outro: text.slice((spans[outro] as number[])[0]).trim(),
  };
}
