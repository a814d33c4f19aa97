// The type declaration of `conductor-error-ui/styles.css` (shipped as
// dist/styles.css.d.ts): the stylesheet has no exports, and with this a strict
// project's `import 'conductor-error-ui/styles.css'` typechecks (without it,
// TS2882: no declaration for a side-effect import).
export {};
