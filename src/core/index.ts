// The pure core: no React, no DOM. Safe to import on a Node server.

export { conductorErrorLogLevel } from './log-level.js';
export { type NormalizeConductorErrorOptions, normalizeConductorError } from './normalize.js';
export { parseFixSteps } from './parse/index.js';
export { readConductorError } from './read-response.js';
export {
  type ConductorErrorResponse,
  type ConductorErrorResponseBody,
  type ConductorErrorResponseFields,
  type ConductorErrorResponseOptions,
  toConductorErrorResponse,
} from './response.js';
export {
  DEFAULT_SUPPORT_DETAILS_LABELS,
  formatSupportDetails,
  type SupportDetailsLabels,
  type SupportDetailsOptions,
} from './support-details.js';
export { type ConductorErrorTitles, conductorErrorTitle, DEFAULT_TITLES } from './titles.js';
export * from './types.js';
