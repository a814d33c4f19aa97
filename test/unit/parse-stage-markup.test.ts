// Stage 1, markup: which runs are quoted, code or emphasised, and what the
// masked text hides of them.
import { describe, expect, it } from 'vitest';
import { findSpans, MAX_SPAN, maskSpans, nameOf } from '../../src/core/parse/markup.js';

/** The spans of a text as written, and whether each is a label. */
const spansOf = (text: string) => findSpans(text).map(({ start, end, label }) => [text.slice(start, end), label]);

describe('findSpans', () => {
  it.each([
    ['single quotes', "click 'OK' now", [["'OK'", true]]],
    ['double quotes', 'click "OK" now', [['"OK"', true]]],
    [
      'curly quotes of both kinds',
      'click “OK” or ‘Cancel’',
      [
        ['“OK”', true],
        ['‘Cancel’', true],
      ],
    ],
    ['an apostrophe inside a curly quote', 'tick ‘Don’t show again’', [['‘Don’t show again’', true]]],
    ['a double quote inside single quotes', 'type \'say "hi"\' here', [['\'say "hi"\'', true]]],
    ['backticks', 'open `Edit > Preferences`', [['`Edit > Preferences`', true]]],
    ['bold', 'click **Update Selected**', [['**Update Selected**', true]]],
    ['italics, which are no label', 'open *Preferences*', [['*Preferences*', false]]],
    [
      'quotes glued to separators',
      "'Edit'>'Preferences'",
      [
        ["'Edit'", true],
        ["'Preferences'", true],
      ],
    ],
    ['a quote holding a comma and a semicolon', 'choose "Yes, always; allow"', [['"Yes, always; allow"', true]]],
  ])('finds %s', (_shape, text, spans) => {
    expect(spansOf(text)).toEqual(spans);
  });

  it.each([
    ['possessives', "open QuickBooks' settings and the users' list"],
    ['contractions', "QuickBooks doesn't show it"],
    ['a bullet star', '* Open QuickBooks\n* Click OK'],
    ['a multiplication', 'set it to 5 * 3 * 2'],
    ['a space inside the marks', "click ' OK ' now"],
    ['an unclosed quote', "click 'OK to go on"],
    ['an empty quote', "type '' here"],
  ])('finds none in %s', (_shape, text) => {
    expect(spansOf(text)).toEqual([]);
  });

  it('finds no span longer than MAX_SPAN, so a stray mark masks little', () => {
    const words = 'word '.repeat(MAX_SPAN / 5);
    expect(spansOf(`'${words.trim()}'`)).toEqual([]);
    expect(spansOf(`'${words.slice(0, MAX_SPAN - 10).trim()}'`)).toHaveLength(1);
  });
});

describe('maskSpans', () => {
  it('hides the insides of spans, marks kept, at the same length', () => {
    const text = 'click "Yes, always; allow" and **Edit > Preferences**, then done.';
    const masked = maskSpans(text, findSpans(text));
    expect(masked).toBe(`click "${'_'.repeat(18)}" and **${'_'.repeat(18)}**, then done.`);
    expect(masked).toHaveLength(text.length);
  });

  it("hides an HTML entity's semicolon", () => {
    const text = 'go to Edit &gt; Preferences; click &quot;OK&quot;.';
    expect(maskSpans(text, [])).toBe('go to Edit &gt_ Preferences; click &quot_OK&quot_.');
  });
});

describe('nameOf', () => {
  it.each([
    ["'Company Preferences'", 'Company Preferences'],
    ['**File**', 'File'],
    ['“OK.”', 'OK'],
    ['“Preferences,”', 'Preferences'],
    ["'Properties...'", 'Properties...'],
    ["'Allow this\n   application'", 'Allow this application'],
    ['Users &amp; Passwords', 'Users & Passwords'],
    ["**'Edit'**", 'Edit'],
  ])('names %j %j', (written, name) => {
    expect(nameOf(written)).toBe(name);
  });
});
