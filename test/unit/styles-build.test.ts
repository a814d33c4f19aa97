// The stylesheet's colours must survive an app's production build. Vite's
// default CSS minifier (Lightning CSS) rewrote the old light-dark() tokens into
// a fallback that needs a static color-scheme, so in an ordinary `vite build`
// every colour became invalid and the alert lost its background and borders.
// These tests build the shipped stylesheet the way an app does and read the
// minified result, and check the source palette for drift between its copies.
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineStylesheet } from '../../vite.config.ts';
import { appBuildStylesheet } from './styles-app-build.ts';
import { type CssRule, cssRules, parseColor } from './styles-css.ts';

const STYLES = new URL('../../src/styles/', import.meta.url).pathname;
const SOURCE = cssRules(readFileSync(`${STYLES}tokens.css`, 'utf8'));

/** Selectors with quotes and spaces removed, as a minifier writes them. */
const squeeze = (selector: string) => selector.replaceAll('"', '').replaceAll(' ', '');

function isDarkMedia(rule: CssRule): boolean {
  return squeeze(rule.media) === '@media(prefers-color-scheme:dark)';
}

/** The three rules that hold a whole palette: light default, dark from the OS, dark on request. */
function palettes(rules: CssRule[]): { light: CssRule; osDark: CssRule; themeDark: CssRule } {
  const withColors = rules.filter((rule) => rule.declarations.has('--cui-color-text'));
  const pick = (name: string, test: (rule: CssRule) => boolean) => {
    const found = withColors.filter(test);
    expect(found, `exactly one ${name} palette`).toHaveLength(1);
    return found[0] as CssRule;
  };
  return {
    light: pick('light', (rule) => rule.media === '' && squeeze(rule.selector).includes('[data-theme=light]')),
    osDark: pick('OS dark', isDarkMedia),
    themeDark: pick(
      'data-theme="dark"',
      (rule) => rule.media === '' && squeeze(rule.selector).includes('[data-theme=dark]'),
    ),
  };
}

/** Every colour token the source defines: the names apps may override. */
const COLOR_TOKENS = [
  ...new Set(SOURCE.flatMap((rule) => [...rule.declarations.keys()]).filter((name) => isColorToken(name))),
];

function isColorToken(name: string): boolean {
  return (name.startsWith('--cui-color-') || name.startsWith('--cui-shadow-')) && name !== '--cui-color-scheme';
}

describe("an app's default production build of the stylesheet", () => {
  let built: string;
  beforeAll(async () => {
    built = await appBuildStylesheet();
  });

  it('leaves every colour token a plain colour, so none can vanish', () => {
    const declared = cssRules(built).flatMap((rule) =>
      [...rule.declarations].filter(([name]) => isColorToken(name)).map(([name, value]) => `${name}: ${value}`),
    );
    expect(declared.filter((line) => parseColor(line.slice(line.indexOf(':') + 1)) === undefined)).toEqual([]);
    // A light and a dark value for each.
    expect(declared.length).toBeGreaterThanOrEqual(COLOR_TOKENS.length * 2);
  });

  it('keeps no light-dark() and no minifier fallback that needs a static color-scheme', () => {
    expect(built).not.toContain('light-dark(');
    expect(built).not.toContain('--lightningcss-');
  });

  it.each(['light', 'osDark', 'themeDark'] as const)('defines every colour token as a real colour: %s', (name) => {
    const source = palettes(SOURCE)[name].declarations;
    const minified = palettes(cssRules(built))[name].declarations;
    for (const token of COLOR_TOKENS) {
      const value = minified.get(token) ?? '(missing)';
      expect(parseColor(value), `${token}: ${value}`).toBeDefined();
      // The minifier may shorten #ffffff to #fff, never change the colour.
      expect(parseColor(value), token).toEqual(parseColor(source.get(token) ?? ''));
    }
    expect(minified.get('--cui-color-scheme')).toBe(name === 'light' ? 'light' : 'dark');
  });

  it('still lets data-theme="light" beat an OS dark preference on the root', () => {
    const { osDark } = palettes(cssRules(built));
    expect(squeeze(osDark.selector)).toContain(':not([data-theme=light])');
  });

  it('still tells every component root which color-scheme is in force', () => {
    const roots = cssRules(built).filter((rule) => rule.declarations.has('color-scheme'));
    expect(roots.map((rule) => rule.declarations.get('color-scheme'))).toEqual(['var(--cui-color-scheme)']);
  });
});

describe('the source palette', () => {
  it('writes the dark palette identically for the OS preference and for data-theme="dark"', () => {
    const { osDark, themeDark } = palettes(SOURCE);
    expect(Object.fromEntries(osDark.declarations)).toEqual(Object.fromEntries(themeDark.declarations));
  });

  it('gives every colour token a light and a dark colour, and the two differ for text and surfaces', () => {
    const { light, osDark } = palettes(SOURCE);
    expect([...osDark.declarations.keys()].sort()).toEqual([...light.declarations.keys()].sort());
    for (const token of COLOR_TOKENS) {
      expect(parseColor(light.declarations.get(token) ?? ''), token).toBeDefined();
      expect(parseColor(osDark.declarations.get(token) ?? ''), token).toBeDefined();
    }
    for (const token of ['--cui-color-text', '--cui-color-surface', '--cui-color-error-bg']) {
      expect(parseColor(osDark.declarations.get(token) ?? ''), token).not.toEqual(
        parseColor(light.declarations.get(token) ?? ''),
      );
    }
  });

  it('defines every --cui-* custom property the component styles use', () => {
    const css = readdirSync(STYLES).map((file) => readFileSync(`${STYLES}${file}`, 'utf8'));
    // The palette's tokens, and a component's own (the alert's accent, set per severity).
    const defined = new Set([
      ...SOURCE.flatMap((rule) => [...rule.declarations.keys()]),
      ...css.flatMap((text) => [...text.matchAll(/(--cui-[a-z0-9-]+)\s*:/g)].map((m) => m[1])),
    ]);
    const used = new Set(css.flatMap((text) => [...text.matchAll(/var\((--cui-[a-z0-9-]+)/g)].map((m) => m[1])));
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((name) => !defined.has(name as string))).toEqual([]);
  });

  it('ships as one file with every part inlined', () => {
    const shipped = inlineStylesheet(new URL('../../src/styles.css', import.meta.url).pathname);
    expect(shipped).not.toContain('@import');
    expect(palettes(cssRules(shipped)).light.declarations.size).toBe(COLOR_TOKENS.length + 1);
  });
});
