/// <reference types="vite/client" />
// The toolbar globals every story runs under: theme, locale, text direction and
// whether the library's stylesheet is loaded. A story pins one with `globals`
// (e.g. `globals: { theme: 'dark' }`), so each of these states is also a test.
import type { Decorator, Preview } from '@storybook/react-vite';
import { useLayoutEffect } from 'react';
import { es } from '../src/i18n/es.js';
import { fr } from '../src/i18n/fr.js';
import type { ConductorErrorStrings } from '../src/i18n/strings.js';
import { ConductorErrorProvider } from '../src/provider/ConductorErrorProvider.js';
// Imported as text rather than as a side effect, so the "Unstyled" toggle can
// remove it and show exactly what an app that imports no CSS gets.
import stylesheet from '../src/styles.css?inline';

/**
 * The components set `dir` from their strings (a locale knows its direction), so
 * the Direction menu also tells them; stable, so the provider does not re-render.
 */
const RIGHT_TO_LEFT = { dir: 'rtl' } as const;

/** The Locale menu's locales by its items; English is the default, so it needs none. */
const LOCALES: Record<string, ConductorErrorStrings | undefined> = { es, fr };

/** Marks the one <style> element that holds the library's stylesheet. */
const STYLE_ID = 'conductor-error-ui-stylesheet';

/** The toolbar menus; their values are what stories pin with `globals`. */
const globalTypes = {
  theme: {
    description: 'Colour theme (data-theme on <html>)',
    toolbar: { title: 'Theme', icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true },
  },
  locale: {
    description: "The library's strings (ConductorErrorProvider locale)",
    toolbar: { title: 'Locale', icon: 'globe', items: ['en', 'es', 'fr'], dynamicTitle: true },
  },
  dir: {
    description: 'Text direction (dir on <html>)',
    toolbar: { title: 'Direction', icon: 'transfer', items: ['ltr', 'rtl'], dynamicTitle: true },
  },
  stylesheet: {
    description: 'Load conductor-error-ui/styles.css, or show the components unstyled',
    toolbar: { title: 'Styles', icon: 'paintbrush', items: ['styled', 'unstyled'], dynamicTitle: true },
  },
};

/** What the toolbar starts at: the look an app gets by default. */
const initialGlobals = { theme: 'light', locale: 'en', dir: 'ltr', stylesheet: 'styled' };

/** Adds or removes the library's stylesheet; kept as one element so toggling never duplicates it. */
function applyStylesheet(styled: boolean): void {
  const existing = document.getElementById(STYLE_ID);
  if (!styled) {
    existing?.remove();
    return;
  }
  if (existing) return;
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = stylesheet;
  document.head.append(style);
}

/**
 * Puts theme and direction on <html>, not on a wrapper: the details dialog is
 * portalled to the end of <body> and must follow them too. The page itself takes
 * the theme's surface colour so contrast checks see what a themed app shows.
 */
function applyDocument(theme: string, dir: string, styled: boolean): void {
  const root = document.documentElement;
  root.dataset.theme = theme;
  root.dir = dir;
  applyStylesheet(styled);
  // The stylesheet themes the components only; the page takes the same
  // colour scheme and surface so it reads like a themed app around them.
  document.body.style.colorScheme = styled ? 'var(--cui-color-scheme)' : '';
  document.body.style.backgroundColor = styled ? 'var(--cui-color-surface)' : '';
  document.body.style.color = styled ? 'var(--cui-color-text)' : '';
  document.body.style.fontFamily = styled ? 'var(--cui-font-family)' : '';
}

/** Applies the globals to the page and the locale to the components. */
const withEnvironment: Decorator = (Story, context) => {
  const { theme, locale, dir, stylesheet: styles } = { ...initialGlobals, ...context.globals };
  const styled = styles !== 'unstyled';
  // A layout effect, so the first paint (and the a11y check after it) already has them.
  useLayoutEffect(() => applyDocument(String(theme), String(dir), styled), [theme, dir, styled]);
  return (
    <ConductorErrorProvider locale={LOCALES[String(locale)]} strings={dir === 'rtl' ? RIGHT_TO_LEFT : undefined}>
      <Story />
    </ConductorErrorProvider>
  );
};

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes,
  initialGlobals,
  decorators: [withEnvironment],
  parameters: {
    // Any axe violation fails the story's test, not just a panel warning.
    a11y: { test: 'error' },
    // What a newcomer needs first, then the components, then everything built from them.
    options: { storySort: { order: ['Getting started', 'Components', 'Layouts', 'Appearance', 'Examples', 'Core'] } },
  },
};

export default preview;
