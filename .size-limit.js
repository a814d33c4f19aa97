// Size budgets, gzip, with React left to the app. The second row is what an app
// pays up front for the inline alert: the details dialog (and Radix with it) is
// a dynamic import, fetched only when a user opens it, so it is measured apart.

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
    limit: '2.5 kB',
  },
  {
    name: 'alert, checklist and copy button, up front',
    path: 'dist/index.js',
    import: '{ ConductorErrorAlert, QbdFixSteps, CopyRequestIdButton }',
    ignore: REACT,
    gzip: true,
    limit: '6 kB',
    modifyEsbuildConfig: withoutLazyImports,
  },
  {
    name: 'the whole library, Radix Dialog included',
    path: 'dist/index.js',
    import: '*',
    ignore: REACT,
    gzip: true,
    limit: '22 kB',
  },
];
