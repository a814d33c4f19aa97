// Size budgets, gzip, with React left to the app: the core at most 2.5 kB
// (issue 3), what an app pays up front for the alert, the checklist and the
// copy button at most 9 kB (issue 9), and the whole library, Radix Dialog
// included, at most 22 kB.
//
// Every row imports what it measures by name, and the first and last rows take
// the names from the built modules themselves, so a new export is counted the
// day it is added. By name rather than `import *`: a namespace import makes the
// measuring bundle build a namespace object (esbuild's __export helper and a
// getter per export, about 0.2 kB gzip) that no app bundle holds, since
// bundlers resolve `core.x` statically.

/** esbuild plugin: leave dynamic imports out of the bundle being measured. */
const lazyImportsAreNotUpFront = {
  name: 'lazy-imports-are-not-up-front',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
    );
  },
};

const withoutLazyImports = (config) => ({ ...config, plugins: [...(config.plugins ?? []), lazyImportsAreNotUpFront] });
const REACT = ['react', 'react-dom'];
/** Every export of a built entry point, as an import list. */
const everyExport = async (path) => `{ ${Object.keys(await import(path)).join(', ')} }`;

export default [
  {
    name: 'core (conductor-error-ui/core), every export',
    path: 'dist/core.js',
    import: await everyExport('./dist/core.js'),
    gzip: true,
    limit: '2.5 kB',
  },
  {
    name: 'alert, checklist and copy button, up front',
    path: 'dist/index.js',
    import: '{ ConductorErrorAlert, QbdFixSteps, CopyRequestIdButton }',
    ignore: REACT,
    gzip: true,
    limit: '9 kB',
    modifyEsbuildConfig: withoutLazyImports,
  },
  {
    name: 'the whole library, every export, Radix Dialog included',
    path: 'dist/index.js',
    import: await everyExport('./dist/index.js'),
    ignore: REACT,
    gzip: true,
    limit: '22 kB',
  },
];
