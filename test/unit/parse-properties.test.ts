// Property tests for parseFixSteps: it never throws, and it loses no word. Run
// over arbitrary strings, over strings dense in the characters the parser
// treats specially, and over realistic remediation texts built from fragments.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { parseFixSteps } from '../../src/core/parse/index.js';
import { isVerbatim, losesNothing } from './parse-helpers.js';

const label = fc.constantFrom(
  "'Company Preferences'",
  '"Properties..."',
  '“OK”',
  '‘Done’',
  '"Yes, always; allow access even if QuickBooks is not running"',
  "'Allow this application to log in automatically'",
);
const menuPath = fc.constantFrom(
  "'Edit > Preferences > Integrated Applications'",
  "'Edit' > 'Preferences'",
  'Edit → Preferences',
  '‘File’ › ‘Utilities’',
  'Lists » Chart of Accounts',
  'Company➪Set Up Users',
  'Edit -> Preferences',
);
const thing = fc.constantFrom('QuickBooks Desktop', 'our app', "QuickBooks' settings", 'the Web Connector', 'as Admin');
const verb = fc.constantFrom(
  'open',
  'click',
  'select',
  'navigate to',
  'go to',
  'ensure',
  'make sure',
  'restart',
  'choose',
);
const tail = fc.constantFrom('', ' is checked', ' (the one on your server)', ', which may take a minute');
const instruction = fc
  .tuple(verb, fc.oneof(label, menuPath, thing), tail)
  .map(([v, object, end]) => `${v} ${object}${end}`);
const leadIn = fc.constantFrom(
  '',
  'We could not connect to QuickBooks Desktop because we must re-authorize our connection. To fix this, ',
  'QuickBooks Desktop is not running. ',
  'Here are the steps: ',
  'To reconnect:\n',
);
const listLeadIn = fc.constantFrom(
  '',
  'Here are the steps: ',
  'To reconnect:\n',
  'QuickBooks Desktop is not running. Do the following: ',
);
const joint = fc.constantFrom(', ', '; ', ', then ', ' and then ', '. ', '. Then ', '\n', ', and ');
const outro = fc.constantFrom(
  '',
  ' Then try again.',
  ' Try again.',
  ' Then retry the sync.',
  '\n\nPlease try again later.',
);
/** Each list marker shape: how it writes the marker of item `n`, and whether it is a bullet. */
const marker = fc.constantFrom(
  { write: (n: number) => `${n}.`, bullet: false },
  { write: (n: number) => `${n})`, bullet: false },
  { write: (n: number) => `(${n})`, bullet: false },
  { write: (n: number) => `Step ${n}:`, bullet: false },
  { write: (n: number) => `Step ${n} –`, bullet: false },
  { write: () => '-', bullet: true },
  { write: () => '•', bullet: true },
  { write: () => '*', bullet: true },
  { write: () => '–', bullet: true },
);

/** A remediation text in prose, and how many steps it holds. */
const proseText = fc
  .tuple(leadIn, fc.array(fc.tuple(joint, instruction), { minLength: 1, maxLength: 8 }), outro)
  .map(([lead, parts, end]) => ({
    text: `${lead}${parts.map(([j, step], index) => (index === 0 ? step : j + step)).join('')}.${end}`,
    steps: parts.length,
  }));

/**
 * A list, flattened or one item per line, numbered from any start or
 * bulleted, and how many steps it holds. A flattened bulleted list has a
 * period after each item: a bullet inside a sentence is a dash.
 */
const listText = fc
  .tuple(
    listLeadIn,
    marker,
    fc.integer({ min: 1, max: 40 }),
    fc.constantFrom(' ', '\n'),
    fc.array(instruction, { minLength: 2, maxLength: 12 }),
    fc.boolean(),
    outro,
  )
  .map(([lead, shape, first, gap, items, period, end]) => {
    const prefix = (index: number): string => `${shape.write(first + index)} `;
    const stop = period || (gap === ' ' && shape.bullet) ? '.' : '';
    const body = items.map((item, index) => `${prefix(index)}${item}${stop}`).join(gap);
    return { text: `${lead}${gap === '\n' ? '\n' : ''}${body}${end}`, steps: items.length };
  });

/** Strings dense in quote marks, separators, markers, connectors and abbreviations. */
const trickyText = fc
  .array(
    fc.constantFrom(
      "'",
      '"',
      '“',
      '”',
      '‘',
      '’',
      '`',
      '**',
      '*',
      '>',
      '→',
      '->',
      '-',
      '•',
      '.',
      ',',
      ';',
      ':',
      '...',
      '…',
      ' ',
      '\n',
      '\n\n',
      '1.',
      '2.',
      '3)',
      'then',
      'and',
      'Then',
      'open',
      'Open',
      'click',
      'try again',
      'e.g.',
      'etc.',
      'If',
      'QuickBooks',
      "don't",
      'Edit',
      'x',
      'é',
      '🙂',
      '›',
      '»',
      '➝',
      '=>',
      '&gt;',
      '&amp;',
      '\\>',
      '–',
      '(2)',
      'Step',
      '4:',
      'No.',
      'Inc.',
      'Preferences',
      'to',
      'the',
      'menu',
      'go to',
      ':\n',
    ),
    { maxLength: 60 },
  )
  .map((pieces) => pieces.join(''));

describe('the lossless check', () => {
  const step = (text: string) => ({ text, parts: [{ kind: 'text' as const, text }], menuPath: undefined, labels: [] });
  const input = 'To fix this, open QuickBooks, then click OK. 2. Try again.';

  it('accepts a plan that drops only connectors, punctuation and list numbers', () => {
    const plan = { intro: 'To fix this,', steps: [step('open QuickBooks'), step('click OK')], outro: 'Try again.' };
    expect(losesNothing(input, plan)).toBe(true);
  });

  it.each([
    ['a dropped word', { intro: 'To fix', steps: [step('open QuickBooks'), step('click OK')], outro: 'Try again.' }],
    [
      'a changed case',
      { intro: 'To fix this,', steps: [step('Open QuickBooks'), step('click OK')], outro: 'Try again.' },
    ],
    [
      'swapped steps',
      { intro: 'To fix this,', steps: [step('click OK'), step('open QuickBooks')], outro: 'Try again.' },
    ],
    [
      'an invented word',
      { intro: 'To fix this,', steps: [step('open QuickBooks now'), step('click OK')], outro: 'Try again.' },
    ],
  ])('rejects %s', (_change, plan) => {
    expect(losesNothing(input, plan)).toBe(false);
  });
});

describe('parseFixSteps properties', () => {
  test.prop([fc.oneof(fc.string(), fc.string({ unit: 'binary' }), trickyText)], { numRuns: 800 })(
    'never throws on any string, loses no word of it and keeps every part verbatim',
    (text) => {
      const plan = parseFixSteps(text);
      expect(losesNothing(text, plan)).toBe(true);
      expect(isVerbatim(text, plan)).toBe(true);
    },
  );

  test.prop([fc.oneof(proseText, listText)], { numRuns: 600 })(
    'loses no word of realistic remediation texts and finds each of their steps',
    ({ text, steps }) => {
      const plan = parseFixSteps(text);
      expect(losesNothing(text, plan)).toBe(true);
      expect(plan.steps).toHaveLength(steps);
    },
  );

  test.prop(
    [
      fc.oneof(
        fc.string(),
        trickyText,
        proseText.map(({ text }) => text),
        listText.map(({ text }) => text),
      ),
    ],
    {
      numRuns: 800,
    },
  )('cuts every step into parts that give back its text, its first path and its labels', (text) => {
    for (const step of parseFixSteps(text).steps) {
      expect(step.parts.map((part) => part.text).join('')).toBe(step.text);
      expect(step.parts.every((part) => part.text.length > 0)).toBe(true);
      const menus = step.parts.flatMap((part) => (part.kind === 'menu' ? [part.items] : []));
      expect(step.menuPath).toEqual(menus[0]);
      expect(step.labels).toEqual(step.parts.flatMap((part) => (part.kind === 'label' ? [part.label] : [])));
      for (const items of menus) expect(items.every((item) => item.length > 0 && item === item.trim())).toBe(true);
    }
  });

  // fc.anything() also yields strings, and a string such as '* "' is a one-step
  // list: strings are the other properties' business, so they are left out here.
  const notAString = fc
    .anything({ withBigInt: true, withMap: true, withSet: true, withNullPrototype: true })
    .filter((value) => typeof value !== 'string');

  test.prop([notAString], { numRuns: 300 })(
    'never throws on values that are not strings and gives an empty plan',
    (value) => {
      expect(parseFixSteps(value as string)).toEqual({ intro: '', steps: [], outro: '' });
    },
  );
});
