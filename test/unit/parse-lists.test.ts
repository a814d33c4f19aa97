// Remediation text written as a numbered list (1. 2. 3. or 1) 2) 3)), flattened
// into one line or one item per line. Each item is one step, never split further.
import { describe, expect, it } from 'vitest';
import { outline } from './parse-helpers.js';

describe('parseFixSteps on lists', () => {
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
      'one item per line, after an intro line ending in ":"',
      'If the sync still fails, do this:\n1. Close QuickBooks Desktop.\n2. Reopen it as Admin.\n\nThen retry the sync.',
      ['If the sync still fails, do this:', ['Close QuickBooks Desktop', 'Reopen it as Admin'], 'Then retry the sync.'],
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
      'numbers inside items that are not the next list number',
      '1. Wait 2 minutes. 2. Install update 5. 3. Restart.',
      ['', ['Wait 2 minutes', 'Install update 5', 'Restart'], ''],
    ],
    [
      'two-line items and a wrapped last item, then a closing line',
      '1. Open QuickBooks Desktop and\n   the company file.\n2. Click OK in the dialog\n   that QuickBooks shows.\nThen try again.',
      [
        '',
        ['Open QuickBooks Desktop and\n   the company file', 'Click OK in the dialog\n   that QuickBooks shows'],
        'Then try again.',
      ],
    ],
    [
      'items whose text is not an instruction: every item is a step',
      '1. QuickBooks Desktop must be open. 2. The Web Connector must be running.',
      ['', ['QuickBooks Desktop must be open', 'The Web Connector must be running'], ''],
    ],
  ])('reads a list %s', (_shape, text, [intro, steps, outro]) => {
    expect(outline(text)).toEqual({ intro, steps, outro });
  });

  it('takes only numbers that count up as the list, and a closing sentence after it as the outro', () => {
    expect(outline('Use port 8. 1. Open QuickBooks. 2. Close it. 9. Done.')).toEqual({
      intro: 'Use port 8.',
      steps: ['Open QuickBooks', 'Close it'],
      outro: '9. Done.',
    });
  });
});
