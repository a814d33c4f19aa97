// Test projects: node (the pure core and server rendering), jsdom (rendering
// logic), and real Chromium (clipboard, focus, keyboard, axe).

import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './chromium.ts';
import { appBuildStylesheetCommand } from './test/unit/styles-app-build.ts';

/** React 18 lives in the test/react18 workspace, beside the root's React 19. */
const react18 = (path: string) => new URL(`./test/react18/node_modules/${path}`, import.meta.url).pathname;
const REACT_18_ALIASES = [
  { find: /^react$/, replacement: react18('react/index.js') },
  { find: /^react\/(.+)$/, replacement: react18('react/$1.js') },
  { find: /^react-dom$/, replacement: react18('react-dom/index.js') },
  { find: /^react-dom\/(.+)$/, replacement: react18('react-dom/$1.js') },
  // Radix Dialog's scroll-lock helpers resolve to CommonJS builds that require
  // the root's React 19; their ES builds go through these aliases instead.
  ...['react-remove-scroll', 'react-remove-scroll-bar', 'react-style-singleton', 'use-callback-ref', 'use-sidecar'].map(
    (name) => ({
      find: new RegExp(`^${name}$`),
      replacement: new URL(`./node_modules/${name}/dist/es2015/index.js`, import.meta.url).pathname,
    }),
  ),
];

export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          // Server rendering runs here too: React's warnings must fail it as in the DOM projects.
          setupFiles: ['test/setup/fail-on-console.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/dom/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup/fail-on-console.ts'],
        },
      },
      {
        extends: true,
        resolve: { alias: REACT_18_ALIASES },
        test: {
          name: 'react18',
          environment: 'jsdom',
          include: ['test/react18/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup/fail-on-console.ts'],
          // Inlined so the aliases reach the React these libraries import.
          server: {
            deps: {
              inline: [
                /@radix-ui\//,
                /react-remove-scroll/,
                /react-style-singleton/,
                /use-callback-ref/,
                /use-sidecar/,
              ],
            },
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup/fail-on-console.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: chromiumLaunchOptions() }),
            instances: [{ browser: 'chromium' }],
            // The stylesheet as an app's production build minifies it (test/browser/styles.test.tsx).
            commands: { appBuildStylesheet: appBuildStylesheetCommand },
          },
        },
      },
      {
        // Every story in stories/ is a test in Chromium; addon-a11y fails it on any axe violation.
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            // Granted as a browser would after the user allowed it, so the copy stories can read back what was copied.
            provider: playwright({
              launchOptions: chromiumLaunchOptions(),
              contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        // The example app end to end: the stand-in API, the Express server and the built
        // front end run in this process; Playwright drives the system Chromium.
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
