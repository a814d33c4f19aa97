// Size budgets, gzip, with React left to the app. The second row is what an app
// pays up front for the inline alert: the details dialog (and Radix with it) is
// a dynamic import, fetched only when a user opens it, so it is measured apart.
//
// Issue 3 asks for 2.5 kB (core), 6 kB (up front) and 22 kB (whole library).
// We are not there: the parser alone is about 4.4 kB, Radix Dialog 14.2 kB.
// Until then these limits sit just above today's sizes (6.40, 11.31 and
// 28.28 kB) so that no change can quietly make the bundle bigger; lower them
// with every cut, never raise them without saying why in the commit.

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

export default [
  {
    name: 'core (conductor-error-ui/core)',
    path: 'dist/core.js',
    import: '*',
    gzip: true,
    limit: '6.5 kB',
  },
  {
    name: 'alert, checklist and copy button, up front',
    path: 'dist/index.js',
    import: '{ ConductorErrorAlert, QbdFixSteps, CopyRequestIdButton }',
    ignore: REACT,
    gzip: true,
    limit: '11.5 kB',
    modifyEsbuildConfig: withoutLazyImports,
  },
  {
    name: 'the whole library, Radix Dialog included',
    path: 'dist/index.js',
    import: '*',
    ignore: REACT,
    gzip: true,
    limit: '28.5 kB',
  },
];
