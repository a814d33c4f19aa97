// parseFixSteps on input no message should hold: values that are not strings,
// and megabyte-sized texts built to trip a parser that rescans. A quadratic
// parse of these would take hours; the facts checked here are about the
// result, the speed is measured by `npm run bench`.
import { describe, expect, it } from 'vitest';
import { parseFixSteps } from '../../src/core/parse/index.js';

const MEGABYTE = 1_000_000;

/** `unit` repeated until the text reaches a megabyte, and how many times it was repeated. */
function megabyteOf(unit: string): { text: string; count: number } {
  const count = Math.ceil(MEGABYTE / unit.length);
  return { text: unit.repeat(count), count };
}

describe('parseFixSteps on values that are not strings', () => {
  const throwingToString = {
    toString(): string {
      throw new Error('must not be called');
    },
  };
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['an object', { userFacingMessage: 'Open QuickBooks.' }],
    ['an array', ['Open QuickBooks.']],
    ['a symbol', Symbol('x')],
    ['an object whose toString throws', throwingToString],
  ])('gives an empty plan for %s', (_kind, value) => {
    expect(parseFixSteps(value as unknown as string)).toEqual({ intro: '', steps: [], outro: '' });
  });

  it('gives an empty plan for the empty string and for whitespace', () => {
    expect(parseFixSteps('')).toEqual({ intro: '', steps: [], outro: '' });
    expect(parseFixSteps(' \n\t ')).toEqual({ intro: '', steps: [], outro: '' });
  });
});

describe('parseFixSteps on a megabyte of text', () => {
  it('finds every step of a megabyte of prose', () => {
    const { text, count } = megabyteOf("Open QuickBooks Desktop, then click 'OK'. ");
    const plan = parseFixSteps(text);
    expect(plan.steps).toHaveLength(2 * count);
    expect(plan.steps[2 * count - 1]).toEqual({
      text: "click 'OK'",
      parts: [
        { kind: 'text', text: 'click ' },
        { kind: 'label', text: "'OK'", label: 'OK' },
      ],
      menuPath: undefined,
      labels: ['OK'],
    });
  });

  it('finds every item of a megabyte-long numbered list', () => {
    let text = 'Steps:';
    let count = 0;
    while (text.length < MEGABYTE) text += ` ${++count}. Open the Web Connector.`;
    const plan = parseFixSteps(`${text} Then try again.`);
    expect(plan.steps).toHaveLength(count);
    expect(plan.steps[count - 1]?.text).toBe('Open the Web Connector');
    expect(plan.intro).toBe('Steps:');
    expect(plan.outro).toBe('Then try again.');
  });

  it('reads a megabyte of unclosed quote marks as words', () => {
    const { text, count } = megabyteOf("click 'OK, ");
    const plan = parseFixSteps(text);
    expect(plan.steps).toHaveLength(count);
    expect(plan.steps.every((step) => step.text === "click 'OK" && step.labels.length === 0)).toBe(true);
  });

  it('reads a megabyte-long menu path', () => {
    const { text, count } = megabyteOf('Edit > ');
    const plan = parseFixSteps(`Go to ${text}Preferences.`);
    expect(plan.steps).toHaveLength(1);
    expect(plan.steps[0]?.menuPath).toHaveLength(count + 1);
  });

  it('reads a megabyte of lone comparisons as no path', () => {
    const { text } = megabyteOf('if a > 0 ');
    const plan = parseFixSteps(`Check that ${text}`);
    expect(plan.steps).toHaveLength(1);
    expect(plan.steps[0]?.menuPath).toBeUndefined();
  });

  it('reads an 8 MB clause with no punctuation as one step, without running out of stack', () => {
    const text = `Open ${'the company file '.repeat(500_000)}`;
    const plan = parseFixSteps(text);
    expect(plan.steps).toHaveLength(1);
    expect(plan.steps[0]?.text).toBe(text.trim());
  });

  it('reads a megabyte of bulleted lines as one step each', () => {
    const { text, count } = megabyteOf('- Open the Web Connector\n');
    const plan = parseFixSteps(`Do this:\n${text}`);
    expect(plan.steps).toHaveLength(count);
    expect(plan.steps[count - 1]?.text).toBe('Open the Web Connector');
  });

  it('reads a megabyte of lines without markers after a colon as one step each', () => {
    const { text, count } = megabyteOf('Open the Web Connector\n');
    expect(parseFixSteps(`Do this:\n${text}`).steps).toHaveLength(count);
  });

  it('reads a megabyte of quoted items glued to separators as one path', () => {
    const { text, count } = megabyteOf("'Edit'>");
    const plan = parseFixSteps(`Go to ${text}'Preferences'.`);
    expect(plan.steps[0]?.menuPath).toHaveLength(count + 1);
  });

  it.each([
    ['list numbers that never follow each other', '1. '],
    ['bullets glued to each other', '-•*– '],
    ['separators alone', '> › » → '],
    ['bold marks alone', '** '],
    ['dashes', '- '],
    ['abbreviations', 'e.g. '],
    ['a single word', 'x'],
    ['quote marks alone', '\'"“‘`*'],
  ])('keeps a megabyte of %s whole in the intro', (_kind, unit) => {
    const { text } = megabyteOf(unit);
    expect(parseFixSteps(text)).toEqual({ intro: text.trim(), steps: [], outro: '' });
  });
});
