// Every word in the parser's word lists does what its list promises, each one
// checked in a real sentence. The lists live inside the clause regex, so they
// are read out of its source here: a word added there is tested at once.
import { describe, expect, it } from 'vitest';
import { CLAUSE, parseFixSteps } from '../../src/core/parse/index.js';

// The two groups after the retry group: (retry|try again)|(verbs)|(leads).
const [, verbs = '', leads = ''] = /\(retry\|.*?\)\)\|\(([^)]*)\)\|\(([^)]*)\)/.exec(CLAUSE.source) ?? [];
const VERBS = verbs.split('|');
const LEADS = leads.split('|');

/** The texts of a plan's steps. */
function stepTexts(text: string): string[] {
  return parseFixSteps(text).steps.map((step) => step.text);
}

/** The word with a capital first letter. */
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

describe('the parser knows every word of its word lists', () => {
  it('reads the lists it is meant to read', () => {
    expect(VERBS).toContain('open');
    expect(VERBS).toContain("don't");
    expect(LEADS).toEqual(['if', 'when', 'once', 'first', 'next', 'finally']);
  });

  it.each(VERBS)('"%s" after a lead-in makes a step', (verb) => {
    expect(stepTexts(`To fix this, ${verb} the company file.`)).toEqual([`${verb} the company file`]);
  });

  it.each(VERBS)('"%s" after "and" starts a step of its own', (verb) => {
    expect(stepTexts(`Open QuickBooks and ${verb} the company file.`)).toEqual([
      'Open QuickBooks',
      `${verb} the company file`,
    ]);
  });

  it.each(['log in', 'sign in', 'make sure', 'turn on', 'back up'])('"%s" makes a step', (phrase) => {
    expect(stepTexts(`To fix this, ${phrase} the company file.`)).toEqual([`${phrase} the company file`]);
  });

  it.each(VERBS)('"Please %s" makes a step', (verb) => {
    expect(stepTexts(`Please ${verb} the company file.`)).toEqual([`Please ${verb} the company file`]);
  });

  it.each(LEADS)('a clause opened by "%s" joins the next step', (word) => {
    expect(stepTexts(`${capitalised(word)} prompted, click 'OK'.`)).toEqual([
      `${capitalised(word)} prompted, click 'OK'`,
    ]);
  });

  it.each(['Then try again.', 'Try again.', 'Please try again later.', 'Then retry the sync.', 'Try again later.'])(
    '"%s" starts the outro',
    (retry) => {
      const plan = parseFixSteps(`Open QuickBooks. ${retry}`);
      expect(plan.steps.map((step) => step.text)).toEqual(['Open QuickBooks']);
      expect(plan.outro).toBe(retry);
    },
  );
});
