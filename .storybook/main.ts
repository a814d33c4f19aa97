// Storybook for conductor-error-ui: every component in every state a real
// Conductor error can put it in. Each story doubles as a test in Chromium
// through @storybook/addon-vitest (the `storybook` project in vitest.config.ts).
import type { StorybookConfig } from '@storybook/react-vite';
import type { PluginOption } from 'vite';

/** Vite plugins that only make sense for the library build (they emit dist/ files). */
const LIBRARY_ONLY_PLUGINS = new Set(['conductor-error-ui:stylesheet']);

/** True for a plugin the library build needs and Storybook must not run. */
function isLibraryOnly(plugin: PluginOption): boolean {
  return typeof plugin === 'object' && plugin !== null && 'name' in plugin && LIBRARY_ONLY_PLUGINS.has(plugin.name);
}

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  // TypeScript 7 has no JS API, so react-docgen-typescript cannot run: keep the default.
  typescript: { reactDocgen: 'react-docgen' },
  // Storybook also loads vite.config.ts; its library mode and its stylesheet
  // emitter would turn the Storybook build into a library build.
  viteFinal(viteConfig) {
    const plugins = (viteConfig.plugins ?? []).flat().filter((plugin) => !isLibraryOnly(plugin));
    const { lib: _lib, ...build } = viteConfig.build ?? {};
    return { ...viteConfig, plugins, build };
  },
};

export default config;
