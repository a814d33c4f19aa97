// Builds the front end with Vite's API, so `npm run example` and the
// end-to-end test produce it the same way.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const EXAMPLE_DIR = fileURLToPath(new URL('..', import.meta.url));
const LIBRARY_ENTRY = fileURLToPath(new URL('../../../dist/index.js', import.meta.url));

/** Thrown when the library has not been built: the front end imports its dist/, as an app would. */
export class LibraryNotBuiltError extends Error {
  constructor() {
    super('The library is not built (dist/index.js is missing): run `npm run build` at the repository root first.');
    this.name = 'LibraryNotBuiltError';
  }
}

/** Builds the front end into `outDir` (default: examples/express-react/dist) and returns that directory. */
export async function buildFrontEnd(outDir = `${EXAMPLE_DIR}dist`): Promise<string> {
  if (!existsSync(LIBRARY_ENTRY)) throw new LibraryNotBuiltError();
  await build({
    configFile: `${EXAMPLE_DIR}vite.config.ts`,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}
