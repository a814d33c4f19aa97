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

describe('parseFixSteps menu paths, every separator', () => {
  it.each([
    ['"»" without spaces', 'Go to Edit»Preferences»Integrated Applications.'],
    ['"→" with spaces', 'Go to Edit → Preferences → Integrated Applications.'],
    ['"➝"', 'Go to Edit ➝ Preferences ➝ Integrated Applications.'],
    ['"➜"', 'Go to Edit ➜ Preferences ➜ Integrated Applications.'],
    ['"➔"', 'Go to Edit ➔ Preferences ➔ Integrated Applications.'],
    ['"⟶"', 'Go to Edit ⟶ Preferences ⟶ Integrated Applications.'],
    ['"->" without spaces', 'Go to Edit->Preferences->Integrated Applications.'],
    ['"=>"', 'Go to Edit => Preferences => Integrated Applications.'],
    ['the HTML entity "&gt;"', 'Go to Edit &gt; Preferences &gt; Integrated Applications.'],
    ['the HTML arrow "-&gt;"', 'Go to Edit -&gt; Preferences -&gt; Integrated Applications.'],
    ['the markdown-escaped "\\>"', 'Go to Edit \\> Preferences \\> Integrated Applications.'],
  ])('finds a path with %s', (_shape, text) => {
    expect(onlyStep(text)?.menuPath).toEqual(PREFERENCES);
  });
});

describe('parseFixSteps menu items as whole names', () => {
  it.each([
    [
      'a name with "to" and a hyphen',
      'Choose File > Switch to Single-user Mode.',
      ['File', 'Switch to Single-user Mode'],
    ],
    [
      'a name in sentence case, before ", then"',
      'Choose File > Add an application, then follow the prompts.',
      ['File', 'Add an application'],
    ],
    [
      'names with "&" and "/"',
      'Go to Company > Set Up Users & Passwords > Add/Edit User.',
      ['Company', 'Set Up Users & Passwords', 'Add/Edit User'],
    ],
    [
      'a name with "&amp;" written as HTML',
      'Go to Company &gt; Set Up Users &amp; Passwords &gt; Add User.',
      ['Company', 'Set Up Users & Passwords', 'Add User'],
    ],
    ['a name with a number', 'Open Reports > Form 1099 Summary.', ['Reports', 'Form 1099 Summary']],
    [
      'three names of two and three words',
      'Go to File > Back Up Company > Create Local Backup.',
      ['File', 'Back Up Company', 'Create Local Backup'],
    ],
    ['a third item', 'Go to Edit > Preferences > Payments.', ['Edit', 'Preferences', 'Payments']],
    [
      'a name ending before "in the top menu bar"',
      'Select Help > Update QuickBooks Desktop in the top menu bar.',
      ['Help', 'Update QuickBooks Desktop'],
    ],
    [
      'a name in sentence case ending before "from"',
      'Choose File > Add an application from the menu bar.',
      ['File', 'Add an application'],
    ],
    [
      'a name ending before "from the drop-down list"',
      'Choose Lists > Item List from the drop-down list.',
      ['Lists', 'Item List'],
    ],
    ['a name ending before "menu"', 'Open the Edit > Preferences menu.', ['Edit', 'Preferences']],
    [
      'a name ending before "in QuickBooks"',
      'Go to Edit›Preferences›Integrated Applications in QuickBooks.',
      PREFERENCES,
    ],
    [
      'a name ending before "to" and a verb',
      'Go to Edit > Preferences to change the setting.',
      ['Edit', 'Preferences'],
    ],
    [
      'a name ending before "and" and a verb',
      'Go to File > Utilities > Verify Data and wait for it to finish.',
      ['File', 'Utilities', 'Verify Data'],
    ],
    ['a name ending at a bracket', 'Go to Edit > Preferences (Company tab).', ['Edit', 'Preferences']],
    [
      'a name ending at a line break',
      'Go to Edit > Preferences\nand select Integrated Applications.',
      ['Edit', 'Preferences'],
    ],
    [
      'a path after the word "with"',
      'Rebuild the data with File > Utilities > Rebuild Data.',
      ['File', 'Utilities', 'Rebuild Data'],
    ],
    [
      'a path after a repeated menu name',
      'Navigate to Edit, then Edit > Preferences > Integrated Applications.',
      PREFERENCES,
    ],
    [
      'four items',
      'Go to Edit > Preferences > Integrated Applications > Company Preferences.',
      [...PREFERENCES, 'Company Preferences'],
    ],
  ])('reads %s', (_shape, text, path) => {
    expect(parseFixSteps(text).steps[0]?.menuPath).toEqual(path);
  });

  it.each([
    [
      'after "go to"',
      'go to edit > preferences > integrated applications.',
      ['edit', 'preferences', 'integrated applications'],
    ],
    ['after "navigate to"', 'navigate to file > utilities > rebuild data', ['file', 'utilities', 'rebuild data']],
    [
      'after "click", with a small word',
      'click file > switch to single-user mode.',
      ['file', 'switch to single-user mode'],
    ],
    ['ending before "in the top menu bar"', 'go to edit > preferences in the top menu bar.', ['edit', 'preferences']],
    ['ending before "from"', 'select lists > chart of accounts from the list.', ['lists', 'chart of accounts']],
  ])('reads a lower-case path %s', (_shape, text, path) => {
    expect(onlyStep(text)?.menuPath).toEqual(path);
  });

  it.each([
    ['in backticks, whole', 'Select `Edit > Preferences > Integrated Applications`.'],
    ['in backticks, per item', 'Select `Edit` > `Preferences` > `Integrated Applications`.'],
    ['in bold, whole', 'Select **Edit > Preferences > Integrated Applications**.'],
    ['in bold, per item', 'Select **Edit** > **Preferences** > **Integrated Applications**.'],
    ['in italics, per item', 'Select *Edit* > *Preferences* > *Integrated Applications*.'],
    ['in italics, whole', 'Select *Edit > Preferences > Integrated Applications*.'],
    ['in brackets after a name', 'Open QuickBooks (Edit > Preferences > Integrated Applications) as Admin.'],
    ['in curly double quotes per item, with "›"', 'Select “Edit” › “Preferences” › “Integrated Applications”.'],
    [
      'quoted whole, a comma inside the quotes',
      'Select "Edit > Preferences > Integrated Applications," then click OK.',
    ],
  ])('reads a path %s', (_shape, text) => {
    expect(parseFixSteps(text).steps[0]?.menuPath).toEqual(PREFERENCES);
  });

  it.each([
    ['a comparison after "is"', 'Make sure the balance is > 0 before you sync.'],
    ['two version numbers', 'Check that version 5 > 4 is installed.'],
    ['file names', 'Rename Company.QBW → Company.QBB before you restore it.'],
    ['versions with periods', 'Update v1.2 → v1.3 of the Web Connector.'],
    ['quoted file names', "Rename 'Company.QBW' → 'Company.QBB' before you restore it."],
    [
      'a last name running past the length limit: no partial last word',
      'Open File > Reconciliation Discrepancy Report Generation Configuration Assistant.',
    ],
    ['a lower-case arrow after no navigation word', 'Check that the sync -> import stage finished.'],
    ['a first name of several words, unquoted: no partial "Accounts"', 'Open Chart of Accounts > Edit Account.'],
    ['a verb and a name that cannot be told apart', 'Click Company Preferences > Users.'],
    ['a last name holding a file name: no partial "Open"', 'Open File > Open Company.QBW in QuickBooks.'],
    [
      'a last name in sentence case too long to be sure of',
      'Go to File > Add an application for your company file now.',
    ],
  ])('finds no path in %s', (_shape, text) => {
    expect(onlyStep(text)?.menuPath).toBeUndefined();
  });

  it('reads no path across a blockquote marker at a line start', () => {
    const plan = parseFixSteps('Do this:\n> Note: the Web Connector must be closed.\n- Open QuickBooks.\n- Click OK.');
    expect(plan.intro).toBe('Do this:\n> Note: the Web Connector must be closed.');
    expect(plan.steps.map((step) => step.menuPath)).toEqual([undefined, undefined]);
  });

  it('gives the first path as the menu path and keeps the second among the parts', () => {
    const step = onlyStep('Go to Edit > Preferences, then Company > Users.');
    expect(step?.menuPath).toEqual(['Edit', 'Preferences']);
    expect(step?.parts.filter((part) => part.kind === 'menu').map((part) => part.text)).toEqual([
      'Edit > Preferences',
      'Company > Users',
    ]);
  });
});
