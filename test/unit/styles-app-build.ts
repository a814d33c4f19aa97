// Builds the package's stylesheet the way an app ships it: the exact text of
// dist/styles.css, imported from an app entry and bundled by a plain
// `vite build` with every CSS default (Lightning CSS minification, Vite's
// default browser targets). Shared by the node test that reads the minified
// CSS and by the browser project's `appBuildStylesheet` command, which hands the
// same CSS to real Chromium.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import type { BrowserCommand } from 'vitest/node';
import { inlineStylesheet } from '../../vite.config.ts';

/** src/styles.css, whose @imports the library build inlines into dist/styles.css. */
const SOURCE = new URL('../../src/styles.css', import.meta.url).pathname;

/** Thrown when the app build emits no stylesheet at all, which no test should shrug off. */
export class NoStylesheetError extends Error {
  constructor(files: string[]) {
    super(`The app build emitted no .css file (it emitted: ${files.join(', ') || 'nothing'}).`);
    this.name = 'NoStylesheetError';
  }
}

/**
 * The minified CSS an app's default production build contains for
 * `import 'conductor-error-ui/styles.css'`. Built in a scratch folder with no
 * config file, so neither this repo's vite.config.ts nor Storybook's
 * `cssTarget` workaround can hide what an ordinary app gets.
 */
export async function appBuildStylesheet(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'cui-app-css-'));
  try {
    await writeFile(join(root, 'styles.css'), inlineStylesheet(SOURCE));
    await writeFile(join(root, 'main.js'), "import './styles.css';\nconsole.log('app');\n");
    const result = await build({
      root,
      configFile: false,
      logLevel: 'silent',
      build: { write: false, rolldownOptions: { input: join(root, 'main.js') } },
    });
    const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
    const files = outputs.flatMap((output) => output.output);
    const css = files.find((file) => file.type === 'asset' && file.fileName.endsWith('.css'));
    if (css?.type !== 'asset') throw new NoStylesheetError(files.map((file) => file.fileName));
    return typeof css.source === 'string' ? css.source : new TextDecoder().decode(css.source);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/**
 * The same CSS as a Vitest browser command (registered in vitest.config.ts), so
 * a test in real Chromium can apply exactly what an app ships: the build needs
 * Node, which the browser side does not have.
 */
export const appBuildStylesheetCommand: BrowserCommand<[]> = () => appBuildStylesheet();
