'use client';
import { createContext, useContext, useMemo } from 'react';
import type { ConductorErrorLogLevel, NormalizedConductorError } from '../core/index.js';
import { mergeStrings } from '../i18n/merge.js';
import { type ConductorErrorStringOverrides, type ConductorErrorStrings, en } from '../i18n/strings.js';

/** What `ConductorErrorProvider` hands down; every field has a working default. */
export interface ConductorErrorConfig {
  /** The strings in force: English unless a provider says otherwise. */
  strings: ConductorErrorStrings;
  /** App-wide retry, used when a component has no `onRetry` of its own. */
  onRetry?: (() => void) | undefined;
  /** App-wide "contact support" action; the button shows only when one is given. */
  onContactSupport?: ((error: NormalizedConductorError) => void) | undefined;
  /** Called once per error shown, with the level to log it at. */
  onError?: ((error: NormalizedConductorError, level: ConductorErrorLogLevel) => void) | undefined;
  /** App-wide `messageIsUserFacing` (see `NormalizeConductorErrorOptions`); a component's own prop wins. */
  messageIsUserFacing?: boolean | undefined;
}

/** The config without any provider: English, and no app callbacks, so the components work on their own. */
export const DEFAULT_CONFIG: ConductorErrorConfig = { strings: en };

/** Carries the config; read it through the hooks below rather than directly. */
export const ConductorErrorContext = createContext(DEFAULT_CONFIG);

/** The provider's config, or the defaults when there is no provider. */
export function useConductorErrorConfig(): ConductorErrorConfig {
  return useContext(ConductorErrorContext);
}

/**
 * Whether `message` is read as the end-user text: a component's own
 * `messageIsUserFacing` when it has one, else the provider's; only `true` turns it on.
 */
export function useMessageIsUserFacing(own: unknown): boolean {
  const fromProvider = useConductorErrorConfig().messageIsUserFacing;
  return (own === undefined ? fromProvider : own) === true;
}

/** The strings in force. */
export function useConductorErrorStrings(): ConductorErrorStrings {
  return useConductorErrorConfig().strings;
}

/**
 * The strings in force with a component's own `overrides` merged on, key by
 * key. The context's strings are merged already, so without overrides they are
 * used as they are, and a merge runs only when either changes: a checklist
 * re-renders on every tick.
 */
export function useStringsWith(overrides: ConductorErrorStringOverrides | undefined): ConductorErrorStrings {
  const strings = useConductorErrorStrings();
  return useMemo(() => (overrides === undefined ? strings : mergeStrings(strings, overrides)), [strings, overrides]);
}
