'use client';
import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';
import type { ConductorErrorDetailsProps } from './ConductorErrorDetails.js';

/**
 * The details dialog, fetched on first use. Only a type crosses this import
 * statically, so an app that shows alerts but never opens one does not ship
 * Radix Dialog (about 14 kB gzip). The bundler makes the dynamic import its own
 * chunk; React caches the loaded module.
 */
const LazyConductorErrorDetails: ComponentType<ConductorErrorDetailsProps> = lazy(() =>
  import('./ConductorErrorDetails.js').then((module) => ({ default: module.ConductorErrorDetails })),
);

/** Props of `DetailsOnDemand`: the dialog's props, plus whether it was ever asked for. */
export interface DetailsOnDemandProps extends ConductorErrorDetailsProps {
  /** Whether the user has opened the dialog at least once; until then nothing is loaded or rendered. */
  requested: boolean;
}

/**
 * Renders the lazily loaded details dialog once it has been requested, and keeps
 * it mounted afterwards so closing it runs Radix's focus return. While the chunk
 * loads nothing shows (the wait is one network round trip); Radix then moves
 * focus into the dialog as it mounts, exactly as for a statically imported one.
 */
export function DetailsOnDemand({ requested, ...props }: DetailsOnDemandProps): ReactNode {
  if (!requested) return null;
  return (
    <Suspense fallback={null}>
      <LazyConductorErrorDetails {...props} />
    </Suspense>
  );
}
