'use client';
// The details dialog as the server entry renders it: a Client Component of its
// own that loads the dialog lazily. A Server Component cannot render the lazy
// component itself: what crosses to the browser must be a component function,
// and a lazy one is an object.
import { type ReactNode, Suspense } from 'react';
import type { ConductorErrorDetailsProps } from '../details/ConductorErrorDetails.js';
import { LazyConductorErrorDetails } from '../details/lazy.js';

/** `ConductorErrorDetails`, loaded on first render, with nothing in its place until it has loaded. */
export function LazyDetails(props: ConductorErrorDetailsProps): ReactNode {
  return (
    <Suspense>
      <LazyConductorErrorDetails {...props} />
    </Suspense>
  );
}
