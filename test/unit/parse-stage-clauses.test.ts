// Stage 3, clauses: where masked text is cut, and how each clause opens.
import { describe, expect, it } from 'vitest';
import { type Clause, kindOf, readClauses } from '../../src/core/parse/clauses.js';

/** Each clause as its words, how it opens, and whether it opens a sentence or only "and"/"then" parts it from the one before. */
const clausesOf = (text: string) =>
  readClauses(text).map((clause: Clause) => [
    text.slice(clause.words, clause.end),
    clause.kind,
    clause.sentence ? 'sentence' : clause.joined ? 'joined' : 'clause',
  ]);

describe('readClauses', () => {
  it('cuts at punctuation before a space, at line breaks and before connectors; a period opens a sentence', () => {
    expect(clausesOf('Open QuickBooks, log in as Admin; then click OK.\nWait and retry.')).toEqual([
      ['Open QuickBooks', 'verb', 'sentence'],
      ['log in as Admin', 'verb', 'clause'],
      ['click OK', 'verb', 'clause'],
      ['Wait', 'verb', 'sentence'],
      ['retry', 'retry', 'joined'],
    ]);
  });

  it('starts a clause with the spaces and connectors before its words', () => {
    const [, second] = readClauses('Close it, and then, open it.');
    expect(second).toMatchObject({ start: 9, words: 20, end: 27 });
  });

  it.each([
    ['a period inside a word', 'Open Acme Inc.qbw now.', ['Open Acme Inc.qbw now']],
    ['a version', 'Install v2.3.0.215 today.', ['Install v2.3.0.215 today']],
    ['an abbreviation', 'Close apps, e.g. Excel.', ['Close apps', 'e.g. Excel']],
    ['"No." before a number', 'Open No. 5 now.', ['Open No. 5 now']],
    ['"and" inside a word', 'Open the Sandbox then close it.', ['Open the Sandbox', 'close it']],
  ])('does not cut at %s', (_shape, text, words) => {
    expect(clausesOf(text).map(([clause]) => clause)).toEqual(words);
  });

  it('opens a sentence after a blank line, not after a single line break', () => {
    expect(clausesOf('Open it\nclose it\n\nwait').map(([, , how]) => how)).toEqual(['sentence', 'clause', 'sentence']);
  });

  it('reads a text with no words as no clauses', () => {
    expect(readClauses(' , ; . and then \n\n ')).toEqual([]);
  });
});

describe('kindOf', () => {
  it.each([
    ['Open QuickBooks', 'verb'],
    ['please open QuickBooks', 'verb'],
    ['Don’t close it', 'verb'],
    ['Right-click the icon', 'verb'],
    ['make sure it is open', 'verb'],
    ['log in as Admin', 'verb'],
    ['the log shows it', 'other'],
    ['If prompted', 'lead'],
    ['Then try again.', 'retry'],
    ['Try the sync again later', 'retry'],
    ['try a different file', 'other'],
    ['retry the sync', 'retry'],
    ['To fix this', 'other'],
    ['', 'other'],
  ])('reads %j as %s', (text, kind) => {
    expect(kindOf(text, 0, text.length)).toBe(kind);
  });
});
