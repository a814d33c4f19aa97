// Remediation text written as prose: which clauses become steps, where the
// intro ends and the outro starts, and which punctuation does not split.
import { describe, expect, it } from 'vitest';
import { parseFixSteps } from '../../src/core/parse/index.js';
import { outline } from './parse-helpers.js';

describe('parseFixSteps on prose', () => {
  it.each([
    [
      'commas, and a lead-in that stays in the intro',
      'The company file is not open. To fix this, open QuickBooks Desktop, open the company file, then click “OK”.',
      [
        'The company file is not open. To fix this,',
        ['open QuickBooks Desktop', 'open the company file', 'click “OK”'],
        '',
      ],
    ],
    [
      'semicolons and a colon after the lead-in',
      "The Web Connector is not running. To fix this: open the Web Connector; make sure 'Auto-Run' is checked for our app; then click 'Update Selected'.",
      [
        'The Web Connector is not running. To fix this:',
        ['open the Web Connector', "make sure 'Auto-Run' is checked for our app", "click 'Update Selected'"],
        '',
      ],
    ],
    [
      '"and then" without a comma, and a retry sentence',
      'Close QuickBooks Desktop and then reopen it as Admin. Then retry the sync.',
      ['', ['Close QuickBooks Desktop', 'reopen it as Admin'], 'Then retry the sync.'],
    ],
    [
      '"and" before a verb, and sentence ends',
      'Open QuickBooks Desktop and log in as Admin. Restart the Web Connector. Try again.',
      ['', ['Open QuickBooks Desktop', 'log in as Admin', 'Restart the Web Connector'], 'Try again.'],
    ],
    [
      'a retry clause joined to the last step',
      'QuickBooks Desktop is not running on your computer. Please open QuickBooks Desktop and the company file you connected, then try again.',
      [
        'QuickBooks Desktop is not running on your computer.',
        ['Please open QuickBooks Desktop and the company file you connected'],
        'then try again.',
      ],
    ],
    [
      'a condition that belongs to the step after it',
      "Open QuickBooks Desktop. If you are asked to allow access, choose 'Yes, always'. Then try again.",
      ['', ['Open QuickBooks Desktop', "If you are asked to allow access, choose 'Yes, always'"], 'Then try again.'],
    ],
    [
      'sequence words in front of steps',
      'First, close QuickBooks Desktop. Next, restart the Web Connector. Finally, reopen QuickBooks.',
      ['', ['First, close QuickBooks Desktop', 'Next, restart the Web Connector', 'Finally, reopen QuickBooks'], ''],
    ],
    [
      'a remark after a step, kept with it, and a remark after the last step, in the outro',
      'Restart your computer, which closes QuickBooks for you. Open QuickBooks Desktop. It may take a minute to load.',
      [
        '',
        ['Restart your computer, which closes QuickBooks for you', 'Open QuickBooks Desktop'],
        'It may take a minute to load.',
      ],
    ],
    [
      'a prohibition',
      "Click 'Done'. Don't close the Web Connector while it syncs.",
      ['', ["Click 'Done'", "Don't close the Web Connector while it syncs"], ''],
    ],
    [
      'a list of nouns that is not a list of steps',
      'Close QuickBooks, Excel and the Web Connector, then try again.',
      ['', ['Close QuickBooks, Excel and the Web Connector'], 'then try again.'],
    ],
    [
      'a retry joined with "and"',
      'Open QuickBooks Desktop and try again.',
      ['', ['Open QuickBooks Desktop'], 'and try again.'],
    ],
    [
      '"and" and "then" only in an instruction',
      'QuickBooks will restart and update the file and then close. Then open QuickBooks and then log in.',
      ['QuickBooks will restart and update the file and then close.', ['open QuickBooks', 'log in'], ''],
    ],
    [
      'a paragraph after the last step, which is the outro',
      "Click 'OK'\n\nQuickBooks will then reconnect on its own",
      ['', ["Click 'OK'"], 'QuickBooks will then reconnect on its own'],
    ],
    [
      'a condition whose sentence has no instruction, which stays out of the next step',
      "When the Web Connector shows an error, this is expected. Click 'OK'.",
      ['When the Web Connector shows an error, this is expected.', ["Click 'OK'"], ''],
    ],
  ])('splits %s', (_shape, text, [intro, steps, outro]) => {
    expect(outline(text)).toEqual({ intro, steps, outro });
  });

  it.each([
    ['an ellipsis in a label', "click 'Properties...', then click 'OK'", ["click 'Properties...'", "click 'OK'"]],
    [
      'a comma and a semicolon in a double-quoted label',
      'select "Yes, always; allow access even if QuickBooks is not running", then click "Continue".',
      ['select "Yes, always; allow access even if QuickBooks is not running"', 'click "Continue"'],
    ],
    [
      'a period in a curly-quoted label',
      'choose ‘Use this file. Do not ask again’ and click ‘OK’.',
      ['choose ‘Use this file. Do not ask again’', 'click ‘OK’'],
    ],
    [
      'a label with American punctuation inside, before a retry',
      'click “Company Preferences,” then click “OK.” Then try again.',
      ['click “Company Preferences,”', 'click “OK.”'],
    ],
  ])('never splits inside %s', (_shape, text, steps) => {
    expect(outline(text).steps).toEqual(steps);
  });

  it.each([
    [
      '"i.e."',
      "Open the file the Web Connector uses, i.e. the one on your server, then click 'OK'.",
      ['Open the file the Web Connector uses, i.e. the one on your server', "click 'OK'"],
    ],
    [
      '"e.g." in brackets',
      "Open the company file (e.g. the one on your server) and click 'OK'.",
      ['Open the company file (e.g. the one on your server)', "click 'OK'"],
    ],
    [
      '"E.g." opening a sentence, whose example stays with its step',
      "Close other apps. E.g. close Excel, then click 'OK'.",
      ['Close other apps. E.g. close Excel', "click 'OK'"],
    ],
    [
      '"etc." in mid-sentence',
      'Close other apps that use QuickBooks (Excel, Outlook, etc.) and restart QuickBooks.',
      ['Close other apps that use QuickBooks (Excel, Outlook, etc.)', 'restart QuickBooks'],
    ],
    [
      'a period inside a word',
      "Open the file Acme Inc.qbw and click 'Done'.",
      ['Open the file Acme Inc.qbw', "click 'Done'"],
    ],
  ])('does not end a step at %s', (_shape, text, steps) => {
    expect(outline(text)).toEqual({ intro: '', steps, outro: '' });
  });

  it.each([
    [
      'a duration',
      "Wait 2 minutes for the Web Connector to restart, then click 'Update Selected'.",
      ['Wait 2 minutes for the Web Connector to restart', "click 'Update Selected'"],
      '',
    ],
    [
      'a version at the end of a sentence',
      'Update QuickBooks Desktop to version 2024. Then restart your computer.',
      ['Update QuickBooks Desktop to version 2024', 'restart your computer'],
      '',
    ],
    [
      'a short number at the end of a sentence',
      'Install release 2. Then restart your computer. Try again.',
      ['Install release 2', 'restart your computer'],
      'Try again.',
    ],
    [
      'numbers that do not follow each other',
      'Use port 8. Then restart QuickBooks Desktop 12. Then try again.',
      ['Use port 8', 'restart QuickBooks Desktop 12'],
      'Then try again.',
    ],
  ])('reads %s as words, not as a list marker', (_shape, text, steps, outro) => {
    expect(outline(text)).toEqual({ intro: '', steps, outro });
  });

  it('reads a dash in a sentence as a word', () => {
    expect(outline('Open QuickBooks Desktop - the desktop app - and log in as Admin.').steps).toEqual([
      'Open QuickBooks Desktop - the desktop app -',
      'log in as Admin',
    ]);
  });

  it.each([
    'An internal server error occurred. Please try again later.',
    'QuickBooks Desktop took too long to respond because the company file is large.',
    '   The Web Connector is offline.\n\n',
  ])('keeps a text without instructions whole in the intro: %j', (text) => {
    expect(parseFixSteps(text)).toEqual({ intro: text.trim(), steps: [], outro: '' });
  });
});

describe('parseFixSteps on the verbs help articles use', () => {
  it.each([
    [
      '"right-click" and "choose"',
      'Right-click the QuickBooks icon and choose Run as administrator.',
      ['Right-click the QuickBooks icon', 'choose Run as administrator'],
    ],
    [
      '"uncheck" and "double-click"',
      "Uncheck 'Use auto-run', then double-click the Web Connector icon.",
      ["Uncheck 'Use auto-run'", 'double-click the Web Connector icon'],
    ],
    [
      '"quit", "reboot" and "launch"',
      'Quit QuickBooks, reboot your computer and launch QuickBooks again.',
      ['Quit QuickBooks', 'reboot your computer', 'launch QuickBooks again'],
    ],
    [
      '"sign out" and "sign in"',
      'Sign out of our app, then sign in again with your QuickBooks login.',
      ['Sign out of our app', 'sign in again with your QuickBooks login'],
    ],
    [
      '"log out" and "log back in"',
      'Log out of QuickBooks and log back in as Admin.',
      ['Log out of QuickBooks', 'log back in as Admin'],
    ],
    ['"type" and "press"', 'Type your Admin password and press Enter.', ['Type your Admin password', 'press Enter']],
    [
      '"authorize" and "reconnect"',
      'Authorize our app again, then reconnect it from the Connections page.',
      ['Authorize our app again', 'reconnect it from the Connections page'],
    ],
    [
      '"tap" and "refresh"',
      'Tap Allow on your phone, then refresh this page.',
      ['Tap Allow on your phone', 'refresh this page'],
    ],
    [
      '"exit", "find" and "follow"',
      'Exit the Web Connector, find the .qwc file you downloaded and follow the prompts to add it.',
      ['Exit the Web Connector', 'find the .qwc file you downloaded', 'follow the prompts to add it'],
    ],
    [
      '"locate", "confirm" and "accept"',
      'Locate the company file, confirm that it opens and accept the certificate when asked.',
      ['Locate the company file', 'confirm that it opens', 'accept the certificate when asked'],
    ],
    [
      '"grant", "keep" and "sync"',
      'Grant our app access, keep QuickBooks open and sync again.',
      ['Grant our app access', 'keep QuickBooks open', 'sync again'],
    ],
    [
      '"disconnect", "rebuild" and "restore"',
      'Disconnect the app, rebuild your data, then restore the backup if the rebuild fails.',
      ['Disconnect the app', 'rebuild your data', 'restore the backup if the rebuild fails'],
    ],
    [
      '"verify" and "leave"',
      'Verify the data first. Leave QuickBooks open while the check runs.',
      ['Verify the data first', 'Leave QuickBooks open while the check runs'],
    ],
  ])('reads %s', (_shape, text, steps) => {
    expect(outline(text)).toEqual({ intro: '', steps, outro: '' });
  });
});

describe('parseFixSteps on abbreviations, versions and decimals', () => {
  it.each([
    [
      '"e.g.," in brackets',
      'Close other programs (e.g., Excel or Outlook), then restart QuickBooks.',
      ['Close other programs (e.g., Excel or Outlook)', 'restart QuickBooks'],
    ],
    [
      '"i.e." between commas',
      'Open the file the sync uses, i.e. the one on the server, and click Open.',
      ['Open the file the sync uses, i.e. the one on the server', 'click Open'],
    ],
    [
      '"etc." before more words',
      'Close Excel, Word, etc. before you start. Then open QuickBooks.',
      ['Close Excel, Word, etc. before you start', 'open QuickBooks'],
    ],
    ['"approx."', 'Wait approx. 5 minutes, then click Retry.', ['Wait approx. 5 minutes', 'click Retry']],
    [
      '"Inc."',
      'Choose Acme Inc. from the list and click Connect.',
      ['Choose Acme Inc. from the list', 'click Connect'],
    ],
    [
      '"vs."',
      'Compare the file size vs. the backup and restore the larger one.',
      ['Compare the file size vs. the backup', 'restore the larger one'],
    ],
    ['"No." before a number', 'Open invoice No. 1042 and click Save.', ['Open invoice No. 1042', 'click Save']],

    [
      'a release after a year',
      'Update to QuickBooks 2024 R5. Then restart your computer.',
      ['Update to QuickBooks 2024 R5', 'restart your computer'],
    ],
    [
      'a dotted version',
      'Install Web Connector v2.3.0.215, then restart it.',
      ['Install Web Connector v2.3.0.215', 'restart it'],
    ],
    [
      'a decimal',
      'Set the sync interval to 1.5 minutes and click OK.',
      ['Set the sync interval to 1.5 minutes', 'click OK'],
    ],
  ])('does not end a sentence at %s', (_shape, text, steps) => {
    expect(outline(text)).toEqual({ intro: '', steps, outro: '' });
  });

  it('ends a sentence at "No." as a button, before no number', () => {
    expect(outline('If QuickBooks asks to replace the file, click No. Open the backup instead.').steps).toEqual([
      'If QuickBooks asks to replace the file, click No',
      'Open the backup instead',
    ]);
  });

  it.each([
    [
      'a year in a statement before the instruction',
      'QuickBooks Desktop 2023 is no longer supported. Upgrade to QuickBooks Desktop 2024 or later.',
      ['QuickBooks Desktop 2023 is no longer supported.', ['Upgrade to QuickBooks Desktop 2024 or later'], ''],
    ],
    [
      'a lead after a first step, and a retry sentence',
      'To fix this, open QuickBooks. If prompted, sign in as Admin. Then retry the sync.',
      ['To fix this,', ['open QuickBooks', 'If prompted, sign in as Admin'], 'Then retry the sync.'],
    ],
    [
      '"log in" and "keep", and "Please try again later."',
      'Your QuickBooks session ended. Log in to QuickBooks and keep it open. Please try again later.',
      ['Your QuickBooks session ended.', ['Log in to QuickBooks', 'keep it open'], 'Please try again later.'],
    ],
    [
      'a remark sentence inside the steps, which stays with the step before it',
      'Launch the Web Connector. It sits in the Windows tray. Then click Update Selected.',
      ['', ['Launch the Web Connector. It sits in the Windows tray', 'click Update Selected'], ''],
    ],
  ])('reads %s', (_shape, text, [intro, steps, outro]) => {
    expect(outline(text)).toEqual({ intro, steps, outro });
  });
});
