// Remediation text written as a list: numbered or bulleted, flattened into one
// line or one item per line. Each item is one step, never split further.
import { describe, expect, it } from 'vitest';
import { outline } from './parse-helpers.js';

describe('parseFixSteps on numbered lists', () => {
  it.each([
    [
      'flattened, items ending in periods, with a lead-in and a retry',
      "Here are the steps: 1. Open QuickBooks Desktop. 2. Go to Edit > Preferences. 3. Click 'Integrated Applications'. Then try again.",
      [
        'Here are the steps:',
        ['Open QuickBooks Desktop', 'Go to Edit > Preferences', "Click 'Integrated Applications'"],
        'Then try again.',
      ],
    ],
    [
      'flattened, items without closing periods',
      "1. Open QuickBooks Desktop 2. Log in as Admin 3. Click 'OK'",
      ['', ['Open QuickBooks Desktop', 'Log in as Admin', "Click 'OK'"], ''],
    ],
    [
      'with "1)" markers',
      'To reconnect: 1) Close QuickBooks 2) Restart the Web Connector 3) Reopen QuickBooks',
      ['To reconnect:', ['Close QuickBooks', 'Restart the Web Connector', 'Reopen QuickBooks'], ''],
    ],
    [
      'starting at 5',
      "5. Open the Web Connector 6. Click 'Update Selected' 7. Wait for the status to say OK",
      ['', ['Open the Web Connector', "Click 'Update Selected'", 'Wait for the status to say OK'], ''],
    ],
    [
      'starting at 7, one item per line, after an intro line ending in ":"',
      'If the sync still fails, continue with these steps:\n7. Close QuickBooks Desktop.\n8. Reopen it as Admin.\n\nThen retry the sync.',
      [
        'If the sync still fails, continue with these steps:',
        ['Close QuickBooks Desktop', 'Reopen it as Admin'],
        'Then retry the sync.',
      ],
    ],
    [
      'items full of commas, "and" and sentences, which never split',
      "1. Open QuickBooks, log in as Admin, and open the company file. 2. Click 'OK'. It may take a minute. 3. Wait, then try the sync again.",
      [
        '',
        [
          'Open QuickBooks, log in as Admin, and open the company file',
          "Click 'OK'. It may take a minute",
          'Wait, then try the sync again',
        ],
        '',
      ],
    ],
    [
      'numbers inside items that are not markers',
      '1. Wait 2 minutes. 2. Install update 3. 3. Restart.',
      ['', ['Wait 2 minutes', 'Install update 3', 'Restart'], ''],
    ],
    [
      'items whose text is not an instruction: every item is a step',
      '1. QuickBooks Desktop must be open. 2. The Web Connector must be running.',
      ['', ['QuickBooks Desktop must be open', 'The Web Connector must be running'], ''],
    ],
  ])('reads a list %s', (_shape, text, [intro, steps, outro]) => {
    expect(outline(text)).toEqual({ intro, steps, outro });
  });

  it('takes only a run of consecutive numbers as the list', () => {
    expect(outline('Use port 8. 1. Open QuickBooks. 2. Close it. 9. Done.')).toEqual({
      intro: 'Use port 8.',
      steps: ['Open QuickBooks', 'Close it. 9. Done'],
      outro: '',
    });
  });
});

describe('parseFixSteps on bulleted lists', () => {
  it.each([
    [
      'dashes, one per line, after an intro line ending in ":"',
      'We could not reach QuickBooks Desktop. Please do the following:\n- Open QuickBooks Desktop\n- Log in as Admin\n\nThen try again.',
      [
        'We could not reach QuickBooks Desktop. Please do the following:',
        ['Open QuickBooks Desktop', 'Log in as Admin'],
        'Then try again.',
      ],
    ],
    [
      'bullets flattened into one line',
      'Steps: • Open QuickBooks • Click “OK” • Close the window',
      ['Steps:', ['Open QuickBooks', 'Click “OK”', 'Close the window'], ''],
    ],
    [
      'asterisks, one per line, with a closing line',
      "To reconnect:\n* Open the Web Connector\n* Check 'Auto-Run'\nQuickBooks will sync on its own.",
      ['To reconnect:', ['Open the Web Connector', "Check 'Auto-Run'"], 'QuickBooks will sync on its own.'],
    ],
    [
      'dashes flattened into one line',
      '- Open QuickBooks Desktop - Click Sync Now',
      ['', ['Open QuickBooks Desktop', 'Click Sync Now'], ''],
    ],
    [
      'dashes after sentences',
      'Do this: - Close QuickBooks. - Reopen it as Admin. Then try again.',
      ['Do this:', ['Close QuickBooks', 'Reopen it as Admin'], 'Then try again.'],
    ],
    [
      'an item wrapped onto an indented line',
      '- Open QuickBooks Desktop and\n  the company file\n- Click OK',
      ['', ['Open QuickBooks Desktop and\n  the company file', 'Click OK'], ''],
    ],
    [
      'a last item wrapped onto an indented line, then a closing line',
      '- Open QuickBooks Desktop\n- Click OK in the dialog\n  that QuickBooks shows\nThen try again.',
      ['', ['Open QuickBooks Desktop', 'Click OK in the dialog\n  that QuickBooks shows'], 'Then try again.'],
    ],
  ])('reads %s', (_shape, text, [intro, steps, outro]) => {
    expect(outline(text)).toEqual({ intro, steps, outro });
  });

  it('keeps a dash inside a sentence as a dash', () => {
    expect(outline('Open QuickBooks Desktop - the desktop app - and log in as Admin.').steps).toEqual([
      'Open QuickBooks Desktop - the desktop app -',
      'log in as Admin',
    ]);
  });
});
