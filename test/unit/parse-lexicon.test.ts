// Every word in the parser's word lists does what its list promises, each one
// checked in a real sentence. The tests read the lists themselves, so a word
// added to one is tested at once.
import { describe, expect, it } from 'vitest';
import { parseFixSteps } from '../../src/core/parse/index.js';
import {
  ABBREVIATIONS,
  LEADS,
  MENU_FOLLOWERS,
  NAVIGATION_WORDS,
  POLITE,
  SMALL_WORDS,
  VERB_PHRASES,
  VERBS,
} from '../../src/core/parse/words.js';

/** The texts of a plan's steps. */
function stepTexts(text: string): string[] {
  return parseFixSteps(text).steps.map((step) => step.text);
}

/** The word with a capital first letter. */
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

describe('the parser knows every word of its word lists', () => {
  it('holds the words the issue asks for', () => {
    for (const verb of ['uncheck', 'right-click', 'double-click', 'type', 'quit', 'reboot', 'authorize', 'sync']) {
      expect(VERBS).toContain(verb);
    }
    expect(VERB_PHRASES).toContain('sign out');
    expect(VERB_PHRASES).toContain('log out');
    expect([...ABBREVIATIONS]).toEqual(expect.arrayContaining(['e.g', 'i.e', 'etc', 'approx', 'vs', 'inc']));
  });

  it.each([...VERBS])('"%s" after a lead-in makes a step', (verb) => {
    expect(stepTexts(`To fix this, ${verb} the company file.`)).toEqual([`${verb} the company file`]);
  });

  it.each([...VERBS])('"%s" after "and" starts a step of its own', (verb) => {
    expect(stepTexts(`Open QuickBooks and ${verb} the company file.`)).toEqual([
      'Open QuickBooks',
      `${verb} the company file`,
    ]);
  });

  it.each([...VERB_PHRASES])('"%s" makes a step', (phrase) => {
    expect(stepTexts(`To fix this, ${phrase} the company file.`)).toEqual([`${phrase} the company file`]);
  });

  it.each(['log', 'sign', 'turn', 'back', 'make'])('"%s" alone opens no step ("the %s shows it")', (word) => {
    expect(stepTexts(`The ${word} shows it. To fix this, ${word} the company file.`)).toEqual([]);
  });

  it.each([...POLITE].flatMap((polite) => [...VERBS].slice(0, 5).map((verb) => `${capitalised(polite)} ${verb}`)))(
    '"%s" makes a step',
    (opening) => {
      expect(stepTexts(`${opening} the company file.`)).toEqual([`${opening} the company file`]);
    },
  );

  it.each([...LEADS])('a clause opened by "%s" joins the next step', (word) => {
    expect(stepTexts(`${capitalised(word)} prompted, click 'OK'.`)).toEqual([
      `${capitalised(word)} prompted, click 'OK'`,
    ]);
  });

  it.each(['Then try again.', 'Try again.', 'Please try again later.', 'Then retry the sync.', 'Try the sync again.'])(
    '"%s" starts the outro',
    (retry) => {
      const plan = parseFixSteps(`Open QuickBooks. ${retry}`);
      expect(plan.steps.map((step) => step.text)).toEqual(['Open QuickBooks']);
      expect(plan.outro).toBe(retry);
    },
  );

  it.each([...ABBREVIATIONS])('"%s." ends no sentence', (abbreviation) => {
    expect(stepTexts(`Close the app, ${abbreviation}. Excel stays open. Click OK.`)).toEqual([
      `Close the app, ${abbreviation}. Excel stays open`,
      'Click OK',
    ]);
  });

  it.each([...SMALL_WORDS])('"%s" goes on a capitalised menu name', (word) => {
    expect(parseFixSteps(`Go to File > Open ${word} Reports.`).steps[0]?.menuPath).toEqual([
      'File',
      `Open ${word === '&amp;' ? '&' : word} Reports`,
    ]);
  });

  it.each([...MENU_FOLLOWERS])('"%s" after a menu name ends it', (word) => {
    expect(parseFixSteps(`Go to File > Utilities ${word} the list.`).steps[0]?.menuPath).toEqual(['File', 'Utilities']);
  });

  it.each([...NAVIGATION_WORDS])('a lower-case path after "%s" is read', (word) => {
    expect(parseFixSteps(`Please ${word === 'to' ? 'go to' : word} edit > preferences.`).steps[0]?.menuPath).toEqual([
      'edit',
      'preferences',
    ]);
  });
});
