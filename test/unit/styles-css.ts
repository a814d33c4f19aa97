// A small reader for the package's own stylesheets, source or minified (which rule
// declares which custom property, inside which @media), and the colour maths
// the tests check themes with. Not a general CSS parser: it relies on the
// stylesheets having no braces or semicolons inside strings.

/** One style rule, flattened out of any @media around it. */
export interface CssRule {
  /** The @media prelude around the rule, e.g. `@media (prefers-color-scheme:dark)`; '' at top level. */
  media: string;
  /** The selector list as written (minifiers drop the spaces and quotes). */
  selector: string;
  /** Declarations in order, property to value, both trimmed. */
  declarations: Map<string, string>;
}

function withoutComments(css: string): string {
  let out = '';
  let at = 0;
  while (at < css.length) {
    const start = css.indexOf('/*', at);
    if (start < 0) return out + css.slice(at);
    out += css.slice(at, start);
    const end = css.indexOf('*/', start + 2);
    at = end < 0 ? css.length : end + 2;
  }
  return out;
}

/** Index of the `}` that closes the block opened just before `from`. */
function blockEnd(css: string, from: number): number {
  let depth = 1;
  for (let at = from; at < css.length; at += 1) {
    if (css[at] === '{') depth += 1;
    else if (css[at] === '}') {
      depth -= 1;
      if (depth === 0) return at;
    }
  }
  throw new Error(`Unbalanced braces after offset ${from}`);
}

function declarationsOf(body: string): Map<string, string> {
  const declarations = new Map<string, string>();
  for (const part of body.split(';')) {
    const colon = part.indexOf(':');
    if (colon > 0) declarations.set(part.slice(0, colon).trim(), part.slice(colon + 1).trim());
  }
  return declarations;
}

function collect(css: string, media: string, rules: CssRule[]): void {
  let at = 0;
  while (at < css.length) {
    const open = css.indexOf('{', at);
    const semicolon = css.indexOf(';', at);
    if (open < 0) return;
    // A statement such as @import ends before the next block starts.
    if (semicolon >= 0 && semicolon < open) {
      at = semicolon + 1;
      continue;
    }
    const prelude = css.slice(at, open).trim();
    const close = blockEnd(css, open + 1);
    const body = css.slice(open + 1, close);
    if (prelude.startsWith('@media')) collect(body, prelude, rules);
    else if (!prelude.startsWith('@')) rules.push({ media, selector: prelude, declarations: declarationsOf(body) });
    at = close + 1;
  }
}

/** Every style rule in `css`, in source order, with the @media it sits in. */
export function cssRules(css: string): CssRule[] {
  const rules: CssRule[] = [];
  collect(withoutComments(css), '', rules);
  return rules;
}

/**
 * A colour literal as [r, g, b, alpha 0–1], or undefined when `value` is not a
 * plain hex or rgb() colour. Alpha is rounded to hundredths: a minifier writes
 * 0.7 as the hex byte b3, which is 0.702.
 */
export function parseColor(value: string): [number, number, number, number] | undefined {
  const text = value.trim().toLowerCase();
  if (text.startsWith('#')) {
    const hex = text.slice(1);
    if (!/^[0-9a-f]+$/.test(hex) || ![3, 4, 6, 8].includes(hex.length)) return undefined;
    const short = hex.length <= 4;
    const channel = (index: number) =>
      short
        ? Number.parseInt((hex[index] as string).repeat(2), 16)
        : Number.parseInt(hex.slice(index * 2, index * 2 + 2), 16);
    const count = short ? hex.length : hex.length / 2;
    return [channel(0), channel(1), channel(2), count === 4 ? Math.round((channel(3) / 255) * 100) / 100 : 1];
  }
  if (!text.startsWith('rgb(') && !text.startsWith('rgba(')) return undefined;
  if (!text.endsWith(')')) return undefined;
  const inner = text
    .slice(text.indexOf('(') + 1, -1)
    .replaceAll(',', ' ')
    .replaceAll('/', ' ');
  const parts = inner.split(' ').filter((part) => part !== '');
  const numbers = parts.map((part) => (part.endsWith('%') ? Number(part.slice(0, -1)) / 100 : Number(part)));
  if ((numbers.length !== 3 && numbers.length !== 4) || numbers.some((n) => Number.isNaN(n))) return undefined;
  const [r, g, b, alpha = 1] = numbers as [number, number, number, number?];
  return [r, g, b, Math.round(alpha * 100) / 100];
}

/** Relative luminance per WCAG 2.x, from 0–255 sRGB channels: 0 is black, 1 white. */
export function luminance([r, g, b]: readonly number[]): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r ?? 0) + 0.7152 * linear(g ?? 0) + 0.0722 * linear(b ?? 0);
}

/**
 * WCAG contrast ratio of `text` over an opaque `background`; a translucent
 * text colour is first blended onto the background, as the screen shows it.
 */
export function contrastRatio(text: readonly number[], background: readonly number[]): number {
  const alpha = text[3] ?? 1;
  const blended = [0, 1, 2].map((i) => (text[i] ?? 0) * alpha + (background[i] ?? 0) * (1 - alpha));
  const [lighter, darker] = [luminance(blended), luminance(background)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}
