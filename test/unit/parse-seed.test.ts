// The seed example: Conductor's documented QBD connection error. Its
// userFacingMessage must come out as the eight steps a user follows, whichever
// quote style the text uses.
import { describe, expect, it } from 'vitest';
import { parseFixSteps } from '../../src/core/parse/index.js';

/**
 * The userFacingMessage exactly as Conductor's error-object reference wraps it
 * (shared/reference/conductor-error-example.txt); joined with single spaces
 * below, as the API sends it on one line.
 */
const WRAPPED_SEED = `We could not connect to QuickBooks Desktop
      because we must re-authorize our connection. To fix this, open
      QuickBooks Desktop, log in as Admin, navigate to 'Edit >
      Preferences > Integrated Applications', click 'Company Preferences',
      select our app, click 'Properties...', ensure 'Allow this
      application to log in automatically' is checked, then click 'OK'.
      Then try again.`;

const SEED = WRAPPED_SEED.split('\n')
  .map((line) => line.trim())
  .join(' ');

/** The same message as the error-handling guide prints it, with double quotes. */
const DOUBLE_QUOTED_SEED =
  'We could not connect to QuickBooks Desktop because we must re-authorize our connection. To fix this, open ' +
  'QuickBooks Desktop, log in as Admin, navigate to "Edit > Preferences > Integrated Applications", click ' +
  '"Company Preferences", select our app, click "Properties...", ensure "Allow this application to log in ' +
  'automatically" is checked, then click "OK". Then try again.';

/**
 * The same message as the error-handling guide prints it in its example
 * (shared/reference/conductor-error-handling.txt): double quotes, and line
 * breaks in mid-sentence, inside a step and inside a quoted path and label.
 */
const WRAPPED_DOUBLE_QUOTED_SEED = `We could not connect to QuickBooks Desktop because
    we must re-authorize our connection. To fix this, open QuickBooks
    Desktop, log in as Admin, navigate to "Edit > Preferences >
    Integrated Applications", click "Company Preferences", select our
    app, click "Properties...", ensure "Allow this application to log in
    automatically" is checked, then click "OK". Then try again.`;

/** Text with each run of whitespace made one space, as a line break in the source reads. */
const collapsed = (text: string) => text.replace(/\s+/g, ' ');

/** And as a word processor would typeset it, with curly quotes. */
const CURLY_SEED = SEED.replaceAll(/'([^']+)'/g, '‘$1’');

const INTRO = 'We could not connect to QuickBooks Desktop because we must re-authorize our connection. To fix this,';
const MENU = ['Edit', 'Preferences', 'Integrated Applications'];
const CHECKBOX = 'Allow this application to log in automatically';

describe('parseFixSteps on the seed example', () => {
  it.each([
    ['single quotes', SEED, "'"],
    ['double quotes', DOUBLE_QUOTED_SEED, '"'],
  ])('gives the eight steps with %s', (_style, text, q) => {
    const plan = parseFixSteps(text);
    expect(plan.intro).toBe(INTRO);
    expect(plan.outro).toBe('Then try again.');
    expect(plan.steps.map((step) => step.text)).toEqual([
      'open QuickBooks Desktop',
      'log in as Admin',
      `navigate to ${q}Edit > Preferences > Integrated Applications${q}`,
      `click ${q}Company Preferences${q}`,
      'select our app',
      `click ${q}Properties...${q}`,
      `ensure ${q}${CHECKBOX}${q} is checked`,
      `click ${q}OK${q}`,
    ]);
  });

  it('finds the menu path and the labels of each step', () => {
    const steps = parseFixSteps(SEED).steps;
    expect(steps.map((step) => step.menuPath)).toEqual([
      undefined,
      undefined,
      MENU,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(steps.map((step) => step.labels)).toEqual([
      [],
      [],
      [],
      ['Company Preferences'],
      [],
      ['Properties...'],
      [CHECKBOX],
      ['OK'],
    ]);
  });

  it('reads the curly-quoted version the same way', () => {
    const plan = parseFixSteps(CURLY_SEED);
    expect(plan.steps).toHaveLength(8);
    expect(plan.steps[2]?.menuPath).toEqual(MENU);
    expect(plan.steps.flatMap((step) => step.labels)).toEqual(['Company Preferences', 'Properties...', CHECKBOX, 'OK']);
    expect(plan.outro).toBe('Then try again.');
  });

  it('reads the message still wrapped over several lines, labels put back on one line', () => {
    const plan = parseFixSteps(WRAPPED_SEED);
    expect(plan.steps).toHaveLength(8);
    expect(plan.steps[2]?.menuPath).toEqual(MENU);
    expect(plan.steps[6]?.labels).toEqual([CHECKBOX]);
    expect(plan.outro).toBe('Then try again.');
  });

  it("reads the guide's double-quoted version, wrapped in mid-sentence, as the same eight steps", () => {
    const plan = parseFixSteps(WRAPPED_DOUBLE_QUOTED_SEED);
    const oneLine = parseFixSteps(DOUBLE_QUOTED_SEED);
    expect(collapsed(plan.intro)).toBe(INTRO);
    expect(plan.outro).toBe('Then try again.');
    // Each step is the one-line step, its line breaks kept as the text has them.
    expect(plan.steps.map((step) => collapsed(step.text))).toEqual(oneLine.steps.map((step) => step.text));
    expect(plan.steps.map((step) => step.menuPath)).toEqual(oneLine.steps.map((step) => step.menuPath));
    expect(plan.steps.map((step) => step.labels)).toEqual(oneLine.steps.map((step) => step.labels));
    expect(plan.steps[2]?.menuPath).toEqual(MENU);
    expect(plan.steps[6]?.labels).toEqual([CHECKBOX]);
  });

  it('reads the message Conductor sends when the key is masked as having no steps', () => {
    const masked = 'An internal server error occurred. Please try again later.';
    expect(parseFixSteps(masked)).toEqual({ intro: masked, steps: [], outro: '' });
  });
});
