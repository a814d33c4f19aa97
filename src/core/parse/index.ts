// parseFixSteps: Conductor's `userFacingMessage` prose in, a checklist out.
//
// The pipeline, one module per step, each a single left-to-right pass:
//   tokenize (tokenize.ts, quotes.ts, boundaries.ts): words, quoted labels,
//     menu-path separators and line breaks, with clause-ending punctuation marked;
//   find list structure (list.ts): numbered or bulleted items, one step each;
//   otherwise split clauses (clauses.ts) and group them (prose.ts);
//   find the menu path (paths.ts) and the quoted labels (below) in each step.
import type { FixPlan, FixStep } from '../types.js';
import { layOutList } from './list.js';
import { findMenuPath } from './paths.js';
import { type Layout, layOutProse, type StepRange } from './prose.js';
import { type Token, tokenize } from './tokenize.js';
import { oneLine, skipConnectors } from './words.js';

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
  // A value that is not text parses as no text: an empty plan, nothing to show, rather than a crash.
  const text = typeof input === 'string' ? input : '';
  const tokens = tokenize(text);
  return (
    planFrom(text, tokens, layOutList(text, tokens)) ??
    planFrom(text, tokens, layOutProse(text, tokens)) ?? { intro: text.trim(), steps: [], outro: '' }
  );
}

/** The plan for a layout, or `undefined` when it has no step with words in it (a list of empty items). */
function planFrom(text: string, tokens: readonly Token[], layout: Layout | undefined): FixPlan | undefined {
  const steps = layout?.steps.flatMap((range) => buildStep(text, tokens, range) ?? []) ?? [];
  if (layout === undefined || steps.length === 0) return undefined;
  return {
    intro: text.slice(0, layout.introEnd).trim(),
    steps,
    outro: layout.outroStart === undefined ? '' : text.slice(layout.outroStart).trim(),
  };
}

/** Punctuation that American style puts inside the quotes (click “OK,” then ...): not part of the label. */
const TRAILING_LABEL_PUNCTUATION = ',;.';

/**
 * The step for a range of tokens, or `undefined` when the range holds no words
 * of its own (an empty list item, a lone "then"). The text is sliced from the
 * input, so it is verbatim: only a leading connector ("then", "and then") and
 * the punctuation that separated it from the next step are left out.
 */
function buildStep(text: string, tokens: readonly Token[], range: StepRange): FixStep | undefined {
  const from = skipConnectors(text, tokens, range.from, range.to);
  let to = range.to;
  while (to > from && tokens[to - 1]?.kind === 'newline') to--;
  const first = tokens[from];
  const last = tokens[to - 1];
  if (from >= to || first === undefined || last === undefined) return undefined;
  const stepText = text.slice(first.start, last.contentEnd).trim();
  if (stepText === '') return undefined;

  const path = findMenuPath(text, tokens, from, to);
  const pathQuotes = new Set(path?.quoteTokens);
  const labels = tokens
    .slice(from, to)
    .filter((token, offset) => token.kind === 'quote' && !pathQuotes.has(from + offset))
    .map((token) => labelText(text, token))
    .filter((label) => label !== '');
  return { text: stepText, menuPath: path?.items, labels };
}

/**
 * A quoted label without its quotes, on one line, and without punctuation
 * American style put inside them: “OK,” is "OK". An ellipsis stays: it is
 * part of 'Properties...', the label QuickBooks shows.
 */
function labelText(text: string, token: Token): string {
  let end = token.innerEnd;
  const last = text.charAt(end - 1);
  const ellipsis = last === '.' && text.charAt(end - 2) === '.';
  if (TRAILING_LABEL_PUNCTUATION.includes(last) && !ellipsis && end - 1 > token.innerStart) end--;
  return oneLine(text.slice(token.innerStart, end));
}
