// The character tests every stage uses must agree with the regex classes they
// stand for, for every UTF-16 code unit.
import { describe, expect, it } from 'vitest';
import { blanksBefore, isSpace, isWordChar, trimOf } from '../../src/core/parse/chars.js';

const EVERY_CODE_UNIT = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).join('');

/** The code units at which `test` and `pattern` disagree. */
function disagreements(test: (text: string, at: number) => boolean, pattern: RegExp): string[] {
  const wrong: string[] = [];
  for (let at = 0; at < EVERY_CODE_UNIT.length; at++) {
    if (test(EVERY_CODE_UNIT, at) !== pattern.test(EVERY_CODE_UNIT.charAt(at))) wrong.push(EVERY_CODE_UNIT.charAt(at));
  }
  return wrong;
}

describe('character tests', () => {
  it('isSpace is \\s for every code unit', () => {
    expect(disagreements(isSpace, /\s/)).toEqual([]);
  });

  it('isWordChar is [\\p{L}\\p{N}] for every code unit', () => {
    expect(disagreements(isWordChar, /[\p{L}\p{N}]/u)).toEqual([]);
  });

  it('reads nothing outside the text as a space or a letter', () => {
    expect([isSpace('a', -1), isSpace('a', 1), isWordChar('a', -1), isWordChar('a', 1)]).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('trims the characters asked for at each end, and only those', () => {
    expect(trimOf("**'Edit',** ", "*'", "*', ")).toBe('Edit');
    expect(trimOf('(File)', '(', '')).toBe('File)');
    expect(trimOf('***', '*', '*')).toBe('');
  });

  it('finds where the spaces and tabs before a position start, stopping at a line break or the text start', () => {
    expect(blanksBefore('Open \t > Edit', 7)).toBe(4);
    expect(blanksBefore('Open\n  - Close', 7)).toBe(5);
    expect(blanksBefore('   - Close', 3)).toBe(0);
    expect(blanksBefore('Open', 4)).toBe(4);
  });
});
