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

// Our own passages, in the style of Intuit's, vendors' and markdown help
// articles: every list shape the parser reads, one table row each.
describe('parseFixSteps on every list shape', () => {
  it.each([
    [
      'numbered from 5, one per line, after a line ending in ":"',
      'Continue with these steps:\n5. Close QuickBooks Desktop.\n6. Restart the Web Connector.\n7. Reopen your company file.',
      [
        'Continue with these steps:',
        ['Close QuickBooks Desktop', 'Restart the Web Connector', 'Reopen your company file'],
        '',
      ],
    ],
    [
      'numbered from 3, flattened after a lead-in',
      'If the error remains, keep going: 3. Open the Web Connector. 4. Select the Acme Sync app. 5. Click Update Selected.',
      [
        'If the error remains, keep going:',
        ['Open the Web Connector', 'Select the Acme Sync app', 'Click Update Selected'],
        '',
      ],
    ],
    [
      'with "1)" markers, one per line, without periods',
      'To give our app access again:\n1) Open QuickBooks Desktop as Admin\n2) Go to Edit > Preferences\n3) Click Integrated Applications',
      [
        'To give our app access again:',
        ['Open QuickBooks Desktop as Admin', 'Go to Edit > Preferences', 'Click Integrated Applications'],
        '',
      ],
    ],
    [
      'with "(1)" markers, flattened',
      'Do the following: (1) Close every company file. (2) Quit QuickBooks Desktop. (3) Start it again from the Start menu.',
      [
        'Do the following:',
        ['Close every company file', 'Quit QuickBooks Desktop', 'Start it again from the Start menu'],
        '',
      ],
    ],
    [
      'with "Step 1:" markers, one per line',
      'Step 1: Back up your company file.\nStep 2: Rebuild the data with File > Utilities > Rebuild Data.\nStep 3: Verify the data again.',
      [
        '',
        ['Back up your company file', 'Rebuild the data with File > Utilities > Rebuild Data', 'Verify the data again'],
        '',
      ],
    ],
    [
      'with "Step 1 –" markers, flattened',
      'Step 1 – Update QuickBooks Desktop. Step 2 – Restart your computer. Step 3 – Run the sync again.',
      ['', ['Update QuickBooks Desktop', 'Restart your computer', 'Run the sync again'], ''],
    ],
    [
      'with "Step 1." markers',
      'Step 1. Sign in as the QuickBooks Admin. Step 2. Open the company file in single-user mode.',
      ['', ['Sign in as the QuickBooks Admin', 'Open the company file in single-user mode'], ''],
    ],
    [
      'with "Step 1 -" markers and a hyphen',
      'Step 1 - Close the Web Connector\nStep 2 - Delete the old .qwc file from your Downloads folder',
      ['', ['Close the Web Connector', 'Delete the old .qwc file from your Downloads folder'], ''],
    ],
    [
      'bulleted with "-", items that are not instructions, and a closing paragraph',
      'Our sync cannot reach QuickBooks. Check these:\n- QuickBooks Desktop is open on this computer.\n- The company file you connected is open.\n- The Web Connector shows our app.\n\nIf all three hold, contact support.',
      [
        'Our sync cannot reach QuickBooks. Check these:',
        [
          'QuickBooks Desktop is open on this computer',
          'The company file you connected is open',
          'The Web Connector shows our app',
        ],
        'If all three hold, contact support.',
      ],
    ],
    [
      'bulleted with "•"',
      'To reconnect:\n• Open the Web Connector\n• Tick the box next to Acme Sync\n• Click Update Selected',
      ['To reconnect:', ['Open the Web Connector', 'Tick the box next to Acme Sync', 'Click Update Selected'], ''],
    ],
    [
      'bulleted with "*" under a markdown heading',
      '## Fix the connection\n\n* Open QuickBooks as the Admin user.\n* Go to **Edit > Preferences**.\n* Select `Integrated Applications`, then click **Company Preferences**.',
      [
        '## Fix the connection',
        [
          'Open QuickBooks as the Admin user',
          'Go to **Edit > Preferences**',
          'Select `Integrated Applications`, then click **Company Preferences**',
        ],
        '',
      ],
    ],
    [
      'bulleted with "–"',
      'Before you start:\n– Save your work in QuickBooks.\n– Close every window but the home page.',
      ['Before you start:', ['Save your work in QuickBooks', 'Close every window but the home page'], ''],
    ],
    [
      'bulleted with "-", flattened after a colon',
      'Do this: - Open QuickBooks. - Click OK.',
      ['Do this:', ['Open QuickBooks', 'Click OK'], ''],
    ],
    [
      'bulleted with "•", flattened after an intro sentence',
      'QuickBooks blocked our app. • Open QuickBooks as Admin. • Allow access when QuickBooks asks. • Try the sync again.',
      [
        'QuickBooks blocked our app.',
        ['Open QuickBooks as Admin', 'Allow access when QuickBooks asks', 'Try the sync again'],
        '',
      ],
    ],
    [
      'items holding ", then" and two sentences, which never split',
      "Here's what to do:\n- Open QuickBooks Desktop, then log in as Admin. It may ask for your password.\n- Go to Edit > Preferences and click Integrated Applications.",
      [
        "Here's what to do:",
        [
          'Open QuickBooks Desktop, then log in as Admin. It may ask for your password',
          'Go to Edit > Preferences and click Integrated Applications',
        ],
        '',
      ],
    ],
    [
      'flattened, with a closing sentence that gives no instruction',
      'Try this: 1. Open the Web Connector. 2. Click Update Selected. The sync can take a few minutes.',
      ['Try this:', ['Open the Web Connector', 'Click Update Selected'], 'The sync can take a few minutes.'],
    ],
    [
      'one per line, with a closing line that opens with a capital',
      '1. Close QuickBooks Desktop.\n2. Restart your computer.\nYour data is safe while you do this.',
      ['', ['Close QuickBooks Desktop', 'Restart your computer'], 'Your data is safe while you do this.'],
    ],
    [
      'one per line, with a retry after the last item on its line',
      '- Open QuickBooks Desktop.\n- Click Update Selected in the Web Connector. Then try the sync again.',
      ['', ['Open QuickBooks Desktop', 'Click Update Selected in the Web Connector'], 'Then try the sync again.'],
    ],
    [
      'without markers, a line per step after a line ending in ":"',
      'To allow our app:\nOpen QuickBooks Desktop as Admin\nGo to Edit > Preferences > Integrated Applications\nSelect Acme Sync and click Properties',
      [
        'To allow our app:',
        [
          'Open QuickBooks Desktop as Admin',
          'Go to Edit > Preferences > Integrated Applications',
          'Select Acme Sync and click Properties',
        ],
        '',
      ],
    ],
    [
      'without markers, ending at a retry line',
      'To finish:\nRestart the Web Connector\nRun the sync from our app\nThen try again.',
      ['To finish:', ['Restart the Web Connector', 'Run the sync from our app'], 'Then try again.'],
    ],
    [
      'after an intro sentence ending in ":"',
      'QuickBooks Desktop must be open for the sync to run. Do the following:\n1. Open QuickBooks Desktop.\n2. Open the company file you connected.',
      [
        'QuickBooks Desktop must be open for the sync to run. Do the following:',
        ['Open QuickBooks Desktop', 'Open the company file you connected'],
        '',
      ],
    ],
    [
      'with a bullet nested in an item, which stays in it',
      '1. Open QuickBooks Desktop.\n   - If it asks you to update, click Update Later.\n2. Open your company file.',
      [
        '',
        ['Open QuickBooks Desktop.\n   - If it asks you to update, click Update Later', 'Open your company file'],
        '',
      ],
    ],
    [
      'with blank lines between the items, as markdown writes a loose list',
      '1. Back up your company file.\n\n2. Go to File > Utilities > Verify Data.\n\n3. If QuickBooks finds a problem, rebuild the data.',
      [
        '',
        [
          'Back up your company file',
          'Go to File > Utilities > Verify Data',
          'If QuickBooks finds a problem, rebuild the data',
        ],
        '',
      ],
    ],
  ])('reads a list %s', (_shape, text, [intro, steps, outro]) => {
    expect(outline(text)).toEqual({ intro, steps, outro });
  });

  it.each([
    [
      'wrapped prose after a colon, whose lines open in lower case',
      'To fix this:\nopen the Web Connector, tick our app and\nclick Update Selected.',
      ['To fix this:', ['open the Web Connector', 'tick our app', 'click Update Selected'], ''],
    ],
    [
      'a bullet glued to no sentence end, which is a dash',
      'Restart the Web Connector - it sits in the tray - and click Update Selected.',
      ['', ['Restart the Web Connector - it sits in the tray -', 'click Update Selected'], ''],
    ],
  ])('reads as prose %s', (_shape, text, [intro, steps, outro]) => {
    expect(outline(text)).toEqual({ intro, steps, outro });
  });
});
