// Whole remediation passages, written by us in the styles users meet: an
// Intuit-style help article, a vendor's error page, a markdown README. Each
// row is the plan a careful reader would make of it: intro, steps with their
// menu paths and labels, and outro.
import { describe, expect, it } from 'vitest';
import { parseFixSteps } from '../../src/core/parse/index.js';

/** A step as the tables write it: its text, then its menu path and labels when it has any. */
type Row = [text: string, menuPath?: string[], labels?: string[]];

/** The plan, each step cut down to a row. */
function rows(text: string) {
  const plan = parseFixSteps(text);
  return {
    intro: plan.intro,
    steps: plan.steps.map(({ text: words, menuPath, labels }): Row => {
      if (labels.length > 0) return [words, menuPath, labels];
      return menuPath ? [words, menuPath] : [words];
    }),
    outro: plan.outro,
  };
}

const PREFERENCES = ['Edit', 'Preferences', 'Integrated Applications'];

describe('parseFixSteps on whole help passages', () => {
  it.each<[string, string, { intro: string; steps: Row[]; outro: string }]>([
    [
      'Intuit style: prose with a menu path and a retry',
      'QuickBooks Desktop could not start the integration because the company file is in multi-user mode. To fix this, choose File > Switch to Single-user Mode, close any other windows and then click Done. Then try the sync again.',
      {
        intro:
          'QuickBooks Desktop could not start the integration because the company file is in multi-user mode. To fix this,',
        steps: [
          ['choose File > Switch to Single-user Mode', ['File', 'Switch to Single-user Mode']],
          ['close any other windows'],
          ['click Done'],
        ],
        outro: 'Then try the sync again.',
      },
    ],
    [
      'Intuit style: a numbered list after an intro, a closing paragraph',
      "Our app lost its permission to read your company file. Here's how to grant it again:\n1. Sign in to QuickBooks Desktop as the Admin user.\n2. Go to Edit → Preferences → Integrated Applications.\n3. Select Acme Sync in the list and click Properties.\n4. Check “Allow this application to log in automatically”, then click OK.\n\nIf the app is not in the list, contact your administrator.",
      {
        intro: "Our app lost its permission to read your company file. Here's how to grant it again:",
        steps: [
          ['Sign in to QuickBooks Desktop as the Admin user'],
          ['Go to Edit → Preferences → Integrated Applications', PREFERENCES],
          ['Select Acme Sync in the list and click Properties'],
          [
            'Check “Allow this application to log in automatically”, then click OK',
            undefined,
            ['Allow this application to log in automatically'],
          ],
        ],
        outro: 'If the app is not in the list, contact your administrator.',
      },
    ],
    [
      'markdown: a bold heading, bullets with bold labels, a closing paragraph',
      'The Web Connector could not find QuickBooks.\n\n**What to do**\n\n- Make sure QuickBooks Desktop is open and a company file is loaded.\n- In the Web Connector, tick the checkbox next to **Acme Sync**.\n- Click **Update Selected**.\n\nThe next sync starts within five minutes.',
      {
        intro: 'The Web Connector could not find QuickBooks.\n\n**What to do**',
        steps: [
          ['Make sure QuickBooks Desktop is open and a company file is loaded'],
          ['In the Web Connector, tick the checkbox next to **Acme Sync**', undefined, ['Acme Sync']],
          ['Click **Update Selected**', undefined, ['Update Selected']],
        ],
        outro: 'The next sync starts within five minutes.',
      },
    ],
    [
      'vendor style: quoted buttons, a condition leading into a step',
      "QuickBooks is showing a dialog that blocks our app. Switch to QuickBooks, read the message and click 'OK' or 'Cancel'. If QuickBooks asks about an update, choose 'Update Later'. Then retry the sync.",
      {
        intro: 'QuickBooks is showing a dialog that blocks our app.',
        steps: [
          ['Switch to QuickBooks'],
          ['read the message'],
          ["click 'OK' or 'Cancel'", undefined, ['OK', 'Cancel']],
          ["If QuickBooks asks about an update, choose 'Update Later'", undefined, ['Update Later']],
        ],
        outro: 'Then retry the sync.',
      },
    ],
    [
      'vendor style: a release number in brackets, words after a menu name',
      'Your QuickBooks release is out of date (you have R3; we need R5 or later). Select Help > Update QuickBooks Desktop in the top menu bar, click Update Now, and restart QuickBooks when the update finishes.',
      {
        intro: 'Your QuickBooks release is out of date (you have R3; we need R5 or later).',
        steps: [
          ['Select Help > Update QuickBooks Desktop in the top menu bar', ['Help', 'Update QuickBooks Desktop']],
          ['click Update Now'],
          ['restart QuickBooks when the update finishes'],
        ],
        outro: '',
      },
    ],
    [
      'Intuit style: "Step 1:" markers in one paragraph',
      'The company file could not be opened. Step 1: Close QuickBooks Desktop on every computer. Step 2: Open the file again on the computer that hosts it. Step 3: Retry the sync from our app.',
      {
        intro: 'The company file could not be opened.',
        steps: [
          ['Close QuickBooks Desktop on every computer'],
          ['Open the file again on the computer that hosts it'],
          ['Retry the sync from our app'],
        ],
        outro: '',
      },
    ],
    [
      'vendor style: lines without markers after a line ending in ":"',
      'Sync failed: the certificate for the Web Connector has expired.\nTo renew it:\nRemove Acme Sync from the Web Connector\nDownload a new .qwc file from your Acme settings page\nDouble-click the file and follow the prompts',
      {
        intro: 'Sync failed: the certificate for the Web Connector has expired.\nTo renew it:',
        steps: [
          ['Remove Acme Sync from the Web Connector'],
          ['Download a new .qwc file from your Acme settings page'],
          ['Double-click the file and follow the prompts'],
        ],
        outro: '',
      },
    ],
    [
      'vendor style: "and" before a verb, a "When" clause leading into a step',
      'The Admin password changed since you connected. Open the Web Connector, enter the new password in the Password column and press Enter. When asked whether to save it, click Yes.',
      {
        intro: 'The Admin password changed since you connected.',
        steps: [
          ['Open the Web Connector'],
          ['enter the new password in the Password column'],
          ['press Enter'],
          ['When asked whether to save it, click Yes'],
        ],
        outro: '',
      },
    ],
    [
      'vendor style: statements only, which stay one paragraph',
      'Our sync needs QuickBooks Desktop 2022 or later. You have QuickBooks Desktop 2019.',
      {
        intro: 'Our sync needs QuickBooks Desktop 2022 or later. You have QuickBooks Desktop 2019.',
        steps: [],
        outro: '',
      },
    ],
    [
      'markdown: a heading, a list with italics, a path in backticks, bold labels and a blockquote tip',
      '## Reconnect Acme Sync\n\n1. Open QuickBooks as *Admin*.\n2. Go to `Edit > Preferences > Integrated Applications > Company Preferences`.\n3. Remove **Acme Sync**, then click **OK**.\n4. In the Acme dashboard, click **Reconnect**.\n\n> Tip: keep QuickBooks open while you reconnect.',
      {
        intro: '## Reconnect Acme Sync',
        steps: [
          ['Open QuickBooks as *Admin*'],
          [
            'Go to `Edit > Preferences > Integrated Applications > Company Preferences`',
            [...PREFERENCES, 'Company Preferences'],
          ],
          ['Remove **Acme Sync**, then click **OK**', undefined, ['Acme Sync', 'OK']],
          ['In the Acme dashboard, click **Reconnect**', undefined, ['Reconnect']],
        ],
        outro: '> Tip: keep QuickBooks open while you reconnect.',
      },
    ],
    [
      'Intuit style: a path in brackets inside a step, a retry joined by "then"',
      'Too many users are logged in. Ask the other users to log out of the company file (File > Close Company), then try again.',
      {
        intro: 'Too many users are logged in.',
        steps: [
          ['Ask the other users to log out of the company file (File > Close Company)', ['File', 'Close Company']],
        ],
        outro: 'then try again.',
      },
    ],
    [
      'HTML-escaped text: "&gt;" paths, an entity at a step end',
      'QuickBooks blocked the request. Go to Edit &gt; Preferences &gt; Integrated Applications and select &quot;Acme&quot;. Click Properties, tick the access box and save.',
      {
        intro: 'QuickBooks blocked the request.',
        steps: [
          ['Go to Edit &gt; Preferences &gt; Integrated Applications', PREFERENCES],
          ['select &quot;Acme&quot;'],
          ['Click Properties'],
          ['tick the access box'],
          ['save'],
        ],
        outro: '',
      },
    ],
    [
      'vendor style: "Once" leading into a step',
      'The sync stopped because QuickBooks was busy. Wait a few minutes. Once QuickBooks is idle, click Sync Now in our app.',
      {
        intro: 'The sync stopped because QuickBooks was busy.',
        steps: [['Wait a few minutes'], ['Once QuickBooks is idle, click Sync Now in our app']],
        outro: '',
      },
    ],
    [
      'Intuit style: a long quoted choice with a semicolon, "Next," leading into a step',
      'If QuickBooks asks for permission, choose "Yes, always; allow access even if QuickBooks is not running" and click Continue. Next, select the Admin user from the drop-down list and click Done.',
      {
        intro: '',
        steps: [
          [
            'If QuickBooks asks for permission, choose "Yes, always; allow access even if QuickBooks is not running"',
            undefined,
            ['Yes, always; allow access even if QuickBooks is not running'],
          ],
          ['click Continue'],
          ['Next, select the Admin user from the drop-down list'],
          ['click Done'],
        ],
        outro: '',
      },
    ],
  ])('reads %s', (_style, text, plan) => {
    expect(rows(text)).toEqual(plan);
  });
});
