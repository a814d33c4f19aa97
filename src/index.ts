// The React components and, for convenience, the whole pure core.
export * from './core/index.js';
export { en } from './i18n/en.js';
export { es } from './i18n/es.js';
export { type ConductorErrorStringOverrides, type ConductorErrorStrings, mergeStrings } from './i18n/strings.js';
