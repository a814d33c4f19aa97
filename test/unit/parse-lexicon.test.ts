// Every word in the parser's word lists does what its list promises, each one
// checked in a real sentence. This also guards the parser's shortcut of not
// looking up words longer than its longest listed word: a list word the
// shortcut skipped would stop working here.
import { describe, expect, it } from 'vitest';
import { parseFixSteps } from '../../src/core/parse/index.js';
import {
  CONDITION_WORDS,
  IMPERATIVE_VERBS,
  PHRASAL_VERBS,
  RETRY_VERBS,
  SEQUENCE_WORDS,
} from '../../src/core/parse/lexicon.js';

/** The texts of a plan's steps. */
function stepTexts(text: string): string[] {
  return parseFixSteps(text).steps.map((step) => step.text);
}

describe('the parser knows every word of its word lists', () => {
  it.each([...IMPERATIVE_VERBS])('"%s" after a lead-in makes a step', (verb) => {
    expect(stepTexts(`To fix this, ${verb} the company file.`)).toEqual([`${verb} the company file`]);
  });

  it.each([...PHRASAL_VERBS].flatMap(([verb, particles]) => particles.map((particle) => `${verb} ${particle}`)))(
    '"%s" after a lead-in makes a step',
    (phrase) => {
      expect(stepTexts(`To fix this, ${phrase} the company file.`)).toEqual([`${phrase} the company file`]);
    },
  );

  it.each([...SEQUENCE_WORDS])('"%s," as a clause of its own joins the next step', (word) => {
    const capitalised = word.charAt(0).toUpperCase() + word.slice(1);
    expect(stepTexts(`${capitalised}, click 'OK'.`)).toEqual([`${capitalised}, click 'OK'`]);
  });

  it.each([...CONDITION_WORDS])('a condition opened by "%s" joins the next step', (word) => {
    const capitalised = word.charAt(0).toUpperCase() + word.slice(1);
    expect(stepTexts(`${capitalised} prompted, click 'OK'.`)).toEqual([`${capitalised} prompted, click 'OK'`]);
  });

  it.each([...RETRY_VERBS])('"%s" starts the closing retry sentence', (verb) => {
    const plan = parseFixSteps(`Open QuickBooks. Then ${verb} the sync.`);
    expect(plan.steps.map((step) => step.text)).toEqual(['Open QuickBooks']);
    expect(plan.outro).toBe(`Then ${verb} the sync.`);
  });
});
