'use client';
import { type ComponentType, lazy } from 'react';
import type { ConductorErrorDetailsProps } from './ConductorErrorDetails.js';

/**
 * The details dialog, fetched on first use: render it inside `<Suspense>`.
 * Only a type crosses this import statically, so an app that shows alerts but
 * never opens one does not ship Radix Dialog (about 14 kB gzip). The bundler
 * makes the dynamic import its own chunk; React caches the loaded module.
 */
export const LazyConductorErrorDetails: ComponentType<ConductorErrorDetailsProps> = lazy(() =>
  import('./ConductorErrorDetails.js').then((module) => ({ default: module.ConductorErrorDetails })),
);
