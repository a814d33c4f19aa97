// The React components arrive with the components issue; until then the root entry re-exports the core.
export * from './core/index.js';
