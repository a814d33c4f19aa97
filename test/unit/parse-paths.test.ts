// Menu paths and quoted UI labels inside a step, in every way QuickBooks help
// texts write them.
import { describe, expect, it } from 'vitest';
import { parseFixSteps } from '../../src/core/parse/index.js';

/** The first step of a one-step instruction. */
function onlyStep(text: string) {
  const plan = parseFixSteps(text);
  expect(plan.steps).toHaveLength(1);
  return plan.steps[0];
}

const PREFERENCES = ['Edit', 'Preferences', 'Integrated Applications'];

describe('parseFixSteps menu paths', () => {
  it.each([
    ['the whole path in single quotes', "navigate to 'Edit > Preferences > Integrated Applications'"],
    ['the whole path in double quotes', 'navigate to "Edit > Preferences > Integrated Applications".'],
    ['the whole path in curly quotes', 'navigate to “Edit > Preferences > Integrated Applications”.'],
    ['the whole path with "›"', "navigate to 'Edit › Preferences › Integrated Applications'."],
    ['each item quoted', "Go to 'Edit' > 'Preferences' > 'Integrated Applications'."],
    ['each item in curly single quotes', 'Go to ‘Edit’ › ‘Preferences’ › ‘Integrated Applications’.'],
    ['each item in curly double quotes', 'Go to “Edit” » “Preferences” » “Integrated Applications”.'],
    ['unquoted', 'Go to Edit > Preferences > Integrated Applications.'],
    ['unquoted with arrows and no spaces', 'Go to Edit→Preferences→Integrated Applications.'],
    ['unquoted with "›" and no spaces', 'Go to Edit›Preferences›Integrated Applications.'],
    ['with Word-style arrows', 'Go to Edit ➪ Preferences ➪ Integrated Applications.'],
    ['with an ASCII arrow', 'Go to Edit -> Preferences -> Integrated Applications.'],
    ['quoted path glued to separators', "Go to 'Edit'>'Preferences'>'Integrated Applications'."],
    ['a quoted path, then a quoted item', "Go to 'Edit > Preferences' > 'Integrated Applications'."],
    ['an unquoted path after a capitalised verb', 'Open Edit > Preferences > Integrated Applications.'],
  ])('finds %s', (_shape, text) => {
    expect(onlyStep(text)?.menuPath).toEqual(PREFERENCES);
  });

  it.each([
    ['menu names with small words', 'Open Lists > Chart of Accounts.', ['Lists', 'Chart of Accounts']],
    [
      'a quoted path with a comma and more words after it',
      "navigate to 'Lists > Chart of Accounts', where the bank account is listed",
      ['Lists', 'Chart of Accounts'],
    ],
    [
      'separately quoted items with a semicolon after them',
      "go to 'Lists' > 'Chart of Accounts'; the account is listed there",
      ['Lists', 'Chart of Accounts'],
    ],
    [
      'a five-word menu name',
      'Go to Company > Set Up Users and Passwords > Set Up Users.',
      ['Company', 'Set Up Users and Passwords', 'Set Up Users'],
    ],
    [
      'a path that ends before "and"',
      'Open File > Utilities > Verify Data and its results.',
      ['File', 'Utilities', 'Verify Data'],
    ],
    ['a path wrapped over two lines', "navigate to 'Edit >\n  Preferences'", ['Edit', 'Preferences']],
  ])('finds %s', (_shape, text, path) => {
    expect(onlyStep(text)?.menuPath).toEqual(path);
  });

  it.each([
    ['a comparison with a number', "If the balance is > 0, click 'Adjust'."],
    ['a comparison after a capitalised word', 'Make sure Balance > 0 in the register.'],
    ['a comparison in quotes', "Make sure the filter says 'Amount > 100'."],
    ['a lone separator', 'Click > to go on.'],
    ['a greater-or-equal sign', 'Make sure Balance >= Total before you continue.'],
    ['no separator at all', "Click 'Company Preferences'."],
  ])('finds no path in %s', (_shape, text) => {
    expect(onlyStep(text)?.menuPath).toBeUndefined();
  });
});

describe('parseFixSteps labels', () => {
  it.each([
    ['single quotes', "click 'Company Preferences'", ['Company Preferences']],
    ['double quotes', 'click "Company Preferences"', ['Company Preferences']],
    ['curly double quotes', 'click “OK”', ['OK']],
    ['curly single quotes', 'click ‘Done’', ['Done']],
    ['an ellipsis', "click 'Properties...'", ['Properties...']],
    [
      'a comma and a semicolon',
      'choose "Yes, always; allow access even if QuickBooks is not running"',
      ['Yes, always; allow access even if QuickBooks is not running'],
    ],
    ['an apostrophe inside a curly-quoted label', 'check ‘Don’t show this again’', ['Don’t show this again']],
    ['an apostrophe inside a single-quoted label', "check 'Don't show this again'", ["Don't show this again"]],
    ['several kinds of quotes', 'click \'Yes\', "No" or “Cancel”', ['Yes', 'No', 'Cancel']],
    ['punctuation put inside the quotes, American style', 'click “OK,” twice', ['OK']],
    ['several labels, in order', "select 'Our App' and 'Auto-Run' in the list", ['Our App', 'Auto-Run']],
  ])('reads a label in %s', (_shape, text, labels) => {
    expect(onlyStep(text)?.labels).toEqual(labels);
  });

  it.each([
    ['a possessive', "open QuickBooks' settings window"],
    ['a contraction', "make sure QuickBooks doesn't show a dialog"],
    ['possessives on both sides', "open the users' list in QuickBooks' settings"],
  ])('reads no label in %s', (_shape, text) => {
    expect(onlyStep(text)?.labels).toEqual([]);
  });

  it('does not repeat the quoted menu path as a label', () => {
    const step = onlyStep("Go to 'Edit' > 'Preferences' to find 'Company Preferences'.");
    expect(step?.menuPath).toEqual(['Edit', 'Preferences']);
    expect(step?.labels).toEqual(['Company Preferences']);
  });

  it('reads labels and a path next to a possessive', () => {
    const step = onlyStep("open QuickBooks' 'Edit > Preferences' menu, which doesn't hide 'Integrated Applications'");
    expect(step?.menuPath).toEqual(['Edit', 'Preferences']);
    expect(step?.labels).toEqual(['Integrated Applications']);
  });
});
