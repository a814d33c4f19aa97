// Stage 4a, lists: which markers make a list, and where its items, intro and
// outro are.
import { describe, expect, it } from 'vitest';
import { readClauses } from '../../src/core/parse/clauses.js';
import { MARKER_SHAPES, readList } from '../../src/core/parse/lists.js';
import { slicesOf } from './parse-helpers.js';

/** The list outline of plain text (no quotes to mask) as the slices it points at. */
const list = (text: string) => slicesOf(text, readList(text, readClauses(text)));

describe('readList', () => {
  it('knows five marker shapes: "1.", "1)", "(1)", "Step 1:" and bullets', () => {
    expect(MARKER_SHAPES).toHaveLength(5);
  });

  it.each([
    ['numbers counting up from any start', 'Steps: 7. Open it. 8. Close it.', ['Open it.', 'Close it.']],
    [
      'a repeated number as a word of the run under way',
      '1. Open it. 1. Close it. 2. Wait.',
      ['Open it. 1. Close it.', 'Wait.'],
    ],
    ['the longest run of numbers', 'Do: 4. Open it. 1. Close it. 2. Wait. 3. Go.', ['Close it.', 'Wait.', 'Go.']],
    [
      'a number that does not count up, as a word',
      '1. Take 3. 2. Then 9. Done 3. Go',
      ['Take 3.', 'Then 9. Done', 'Go'],
    ],
    ['numbers after the first one anywhere', '1. Open it 2. Close it', ['Open it', 'Close it']],
    ['bullets at line starts only', '- Open it - now\n- Close it', ['Open it - now', 'Close it']],
    ['one bullet kind, another ending the list', '- a\n- b\n• c', ['a', 'b']],
    ['the first of two lists as long as each other', '- Open it\n- Close it\n1. Wait\n2. Go', ['Open it', 'Close it']],
  ])('reads %s', (_shape, text, items) => {
    expect(list(text)?.steps).toEqual(items);
  });

  it.each([
    ['a single marker', '1. Open QuickBooks.'],
    ['numbers inside sentences only', 'Use port 8. Wait 2 minutes.'],
    ['a dash inside a sentence', 'Open it - the app - now.'],
    ['a colon line followed by one line', 'Do this:\nOpen QuickBooks'],
    ['a colon line followed by lower-case lines', 'Do this:\nopen QuickBooks\nclick OK'],
    [
      'prose wrapped over lines after a colon',
      'To fix this:\nOpen QuickBooks and go to the\nEdit menu, then choose\npreferences.',
    ],
  ])('reads no list in %s', (_shape, text) => {
    expect(list(text)).toBeUndefined();
  });

  it('ends the last item at a line that neither is indented nor opens in lower case', () => {
    expect(list('1. Open it\n   and log in\n2. Click OK\nin the dialog\nIt is done.')).toEqual({
      intro: '',
      steps: ['Open it\n   and log in', 'Click OK\nin the dialog'],
      outro: 'It is done.',
    });
  });

  it('ends a flattened last item at a sentence that gives no instruction, a line list only at a retry', () => {
    expect(list('Do: 1. Open it. 2. Click OK. Close it. It is done.')?.outro).toBe('It is done.');
    expect(list('1. Open it.\n2. Click OK. It is done. Try again.')?.outro).toBe('Try again.');
  });

  it('reads lines after a line ending in ":" as items, up to a blank line', () => {
    expect(list('Our app:\nOpen QuickBooks\nClick OK\n\nDone.')).toEqual({
      intro: 'Our app:',
      steps: ['Open QuickBooks', 'Click OK'],
      outro: 'Done.',
    });
  });
});
