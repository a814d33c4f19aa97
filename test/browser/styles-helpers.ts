/// <reference types="vite/client" />
// Shared by the stylesheet tests in Chromium: the two stylesheets an app can end
// up with (the source as written, and the CSS its production build ships),
// put on the page one at a time, and what a reader sees of an element's
// colours: its text colour over the first opaque background behind it.
import { cdp, commands } from 'vitest/browser';
import sourceCss from '../../src/styles.css?inline';
import { contrastRatio, parseColor } from '../unit/styles-css.ts';

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** The package's stylesheet minified by a default app `vite build` (vitest.config.ts registers it). */
    appBuildStylesheet: () => Promise<string>;
  }
}

/** The stylesheets to test, by name; the production one is built on demand in Node. */
export const STYLESHEETS: [string, () => Promise<string>][] = [
  ['the source stylesheet', async () => sourceCss],
  ["an app's production build", () => commands.appBuildStylesheet()],
];

/** Puts `css` on the page as the only copy of the library's styles; returns how to take it off again. */
export function applyStylesheet(css: string): () => void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return () => style.remove();
}

/** Emulates the operating system's light or dark preference, as a user's settings would. */
export async function emulateColorScheme(scheme: 'light' | 'dark'): Promise<void> {
  const features = [{ name: 'prefers-color-scheme', value: scheme }];
  await cdp().send('Emulation.setEmulatedMedia' as never, { features } as never);
  // The emulation is applied asynchronously; the page's media query shows when it has landed.
  await expectMedia(`(prefers-color-scheme: ${scheme})`);
}

async function expectMedia(query: string): Promise<void> {
  for (let attempt = 0; attempt < 50 && !matchMedia(query).matches; attempt += 1) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  if (!matchMedia(query).matches) throw new Error(`The page never matched ${query}`);
}

/** A computed colour as [r, g, b, alpha]; fails loudly on anything Chromium should never return. */
export function computedColor(value: string): [number, number, number, number] {
  const color = parseColor(value);
  if (!color) throw new Error(`Not a colour: ${value}`);
  return color;
}

/** The first background behind `element` that is not transparent: what its text is read against. */
export function backgroundBehind(element: Element): [number, number, number, number] {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const color = computedColor(getComputedStyle(node).backgroundColor);
    if (color[3] > 0) return color;
  }
  // Nothing painted: the browser's default white canvas.
  return [255, 255, 255, 1];
}

/** WCAG contrast of `element`'s text colour over the background behind it. */
export function textContrast(element: Element): number {
  return contrastRatio(computedColor(getComputedStyle(element).color), backgroundBehind(element));
}
