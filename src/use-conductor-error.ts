'use client';
import { useEffect, useMemo, useRef } from 'react';
import {
  type ConductorErrorLogLevel,
  conductorErrorTitle,
  type FixPlan,
  type NormalizeConductorErrorOptions,
  type NormalizedConductorError,
  normalizeConductorError,
  parseFixSteps,
} from './core/index.js';
import { read } from './core/normalize/read.js';
import { useConductorErrorConfig, useMessageIsUserFacing } from './provider/context.js';
import { callSafely } from './utils/call-safely.js';

/** Everything an app needs to draw its own UI for an error. */
export interface ConductorErrorView {
  /** The input read into one well-typed shape. Its `message` is for logs only. */
  error: NormalizedConductorError;
  /** The user-facing message split into intro, fix steps and outro. */
  plan: FixPlan;
  /** A short heading for the error, in the provider's locale. */
  title: string;
  /** The level to report the error at in an error tracker. */
  logLevel: ConductorErrorLogLevel;
}

/**
 * Reads any error value (API JSON, the `{ error }` envelope, a JSON string, a
 * conductor-node error) into what a custom UI needs. Never throws. Memoized on
 * the input's identity (and the titles in force): keep the same object between
 * renders (state, or the value a data library hands back) and parsing runs once.
 * `options.messageIsUserFacing` wins over the provider's.
 */
export function useConductorError(error: unknown, options?: NormalizeConductorErrorOptions): ConductorErrorView {
  const { titles } = useConductorErrorConfig().strings;
  // Read here, guarded like every option: a Proxy as `options` must not throw during render.
  const messageIsUserFacing = useMessageIsUserFacing(read(options, 'messageIsUserFacing'));
  return useMemo(() => {
    const normalized = normalizeConductorError(error, { messageIsUserFacing });
    return {
      error: normalized,
      plan: parseFixSteps(normalized.userFacingMessage),
      title: conductorErrorTitle(normalized, titles),
      // What conductorErrorLogLevel returns, without reading the error a second time.
      logLevel: normalized.severity,
    };
  }, [error, titles, messageIsUserFacing]);
}

/**
 * Calls the provider's `onError` once per distinct error a component shows,
 * with its severity as the level (what `conductorErrorLogLevel` returns for it):
 * after it is committed to the screen (not for renders React throws away), not
 * again on re-render, and not twice under StrictMode's mount-unmount-mount,
 * which keeps refs. A throwing or rejecting `onError` (an error tracker that is
 * down) is reported with `console.error` and never unmounts the tree.
 */
export function useReportConductorError(error: NormalizedConductorError): void {
  const { onError } = useConductorErrorConfig();
  const reported = useRef('');
  // What makes two errors "the same error" for reporting: every field, not the
  // object's identity, because apps often hand a freshly parsed JSON object to
  // the alert on every render and must not flood their error tracker for it.
  // The core builds every normalized error with its keys in one fixed order.
  const key = JSON.stringify(error);
  // After every commit, as the fingerprint check alone keeps it to one call per error.
  useEffect(() => {
    if (onError && reported.current !== key) {
      reported.current = key;
      // In an effect, a throw would unmount the app's whole tree.
      callSafely('onError', onError, error, error.severity);
    }
  });
}
