// Stage 4b, prose: which clauses start steps, and where the intro and outro are.
import { describe, expect, it } from 'vitest';
import { readClauses } from '../../src/core/parse/clauses.js';
import { readProse } from '../../src/core/parse/prose.js';
import { slicesOf } from './parse-helpers.js';

/** The outline of plain text (no quotes to mask) as the slices it points at. */
const prose = (text: string) => slicesOf(text, readProse(readClauses(text), text.length));

describe('readProse', () => {
  it('gives no outline to a text without instructions', () => {
    expect(prose('QuickBooks is not running. The file is locked.')).toBeUndefined();
  });

  it('starts steps at instructions and ends the intro before the first', () => {
    expect(prose('The file is locked. To fix this, close it, then reopen it. Try again.')).toEqual({
      intro: 'The file is locked. To fix this,',
      steps: ['close it', 'reopen it'],
      outro: 'Try again.',
    });
  });

  it('reads a verb after "and" as a step only in a sentence that gave one already', () => {
    expect(prose('QuickBooks will restart and update the file. Open it and update it.')?.steps).toEqual([
      'Open it',
      'update it',
    ]);
  });

  it('pulls a lead into the step after it, within its sentence only', () => {
    expect(prose('Open it. When QuickBooks closes, it asks. If so, click Yes.')?.steps).toEqual([
      'Open it. When QuickBooks closes, it asks',
      'If so, click Yes',
    ]);
    expect(prose('Open it. If QuickBooks asks, as it may, click Yes. When it ends. Click OK.')?.steps).toEqual([
      'Open it',
      'If QuickBooks asks, as it may, click Yes. When it ends',
      'Click OK',
    ]);
  });

  it('starts the outro at the first retry or new sentence after the last step', () => {
    expect(prose('Open it, which takes a minute. It is slow.')?.outro).toBe('It is slow.');
    expect(prose('Open it, then try again.')?.outro).toBe('then try again.');
    expect(prose('Open it, which takes a minute')?.outro).toBe('');
  });
});
