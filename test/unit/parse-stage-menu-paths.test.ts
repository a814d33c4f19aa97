// Stage 5, menu paths: separators, then paths as offsets into the text and
// their items as names.
import { describe, expect, it } from 'vitest';
import { findSpans } from '../../src/core/parse/markup.js';
import { findMenuPaths, findSeparators } from '../../src/core/parse/menu-paths.js';

/** The separators of a text as written. */
const separatorsOf = (text: string) => findSeparators(text).map(({ start, end }) => text.slice(start, end));

/** The paths of a text read as one step: each as written and its items. */
function pathsOf(text: string) {
  return findMenuPaths(text, 0, text.length, findSpans(text), findSeparators(text)).map(({ start, end, items }) => [
    text.slice(start, end),
    items,
  ]);
}

describe('findSeparators', () => {
  it('finds every separator, the longest at each place', () => {
    expect(separatorsOf('a > b › c » d → e ➝ f ➜ g ➔ h ⟶ i ➪ j -> k => l &gt; m -&gt; n \\> o')).toEqual([
      '>',
      '›',
      '»',
      '→',
      '➝',
      '➜',
      '➔',
      '⟶',
      '➪',
      '->',
      '=>',
      '&gt;',
      '-&gt;',
      '\\>',
    ]);
  });

  it.each([
    ['">=" and ">>"', 'if a >= b or a >> b'],
    ['a blockquote at a line start', '> Note\n  > indented note'],
    ['"<>"', 'when a <> b'],
  ])('finds none in %s', (_shape, text) => {
    expect(separatorsOf(text)).toEqual([]);
  });
});

describe('findMenuPaths', () => {
  it('gives each path as written, marks included, and its items as names', () => {
    expect(pathsOf("go to 'Edit' > 'Preferences', then **Company** › `Users & Roles`")).toEqual([
      ["'Edit' > 'Preferences'", ['Edit', 'Preferences']],
      ['**Company** › `Users & Roles`', ['Company', 'Users & Roles']],
    ]);
  });

  it('reads a path wrapped over two lines with its items on one', () => {
    expect(pathsOf("open 'Edit >\n   Preferences > Integrated\n   Applications'")).toEqual([
      ["'Edit >\n   Preferences > Integrated\n   Applications'", ['Edit', 'Preferences', 'Integrated Applications']],
    ]);
  });

  it('ends a chain at text that is no name, and reads what follows as a new path', () => {
    expect(pathsOf('Edit > Preferences, then pick one. Then Lists > Items')).toEqual([
      ['Edit > Preferences', ['Edit', 'Preferences']],
      ['Lists > Items', ['Lists', 'Items']],
    ]);
  });

  it.each([
    ['a first item after a capitalised word', 'Set Up Users > Add User'],
    ['a first item after a small word after a capitalised one', 'Chart of Accounts > Edit'],
    ['a lower-case first item after no navigation word', 'the sync > import'],
    ['a lower-case first item of small words', 'go to the file > save'],
    ['a last item holding a file name', 'Open File > Open Company.QBW'],
    ['a last item running past the length limit', `Open File > ${'Word '.repeat(20)}`],
    ['an item starting with a digit', 'Open Balance > 0'],
    ['no first item', '> Preferences'],
    ['a last item cut short after a small word', 'Click File > Switch to'],
    ['a last item ending in a small word before a bracket', 'Go to Lists > Chart of (Accounts).'],
  ])('finds no path for %s', (_shape, text) => {
    expect(pathsOf(text)).toEqual([]);
  });

  it.each([
    ['two labels between separators', "Go to Edit > 'Yes' or 'No' > Done"],
    ['a word in italics between separators', 'Click File > Open *now* > Save'],
    ['a stray backtick', 'Open File > Bob`s > Save'],
    ['a stray double quote', 'Open File > My "Data > Save'],
  ])('shows no quote mark or asterisk in any item, given %s', (_shape, text) => {
    const items = pathsOf(text).flatMap(([, names]) => names as string[]);
    expect(items.filter((item) => /['"`*]/.test(item))).toEqual([]);
  });
});
