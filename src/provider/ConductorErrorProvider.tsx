'use client';
import { type ReactNode, useMemo } from 'react';
import type { ConductorErrorLogLevel, NormalizedConductorError } from '../core/index.js';
import { mergeStrings } from '../i18n/merge.js';
import type { ConductorErrorStringOverrides, ConductorErrorStrings } from '../i18n/strings.js';
import { firstCallback } from '../utils/call-safely.js';
import { ConductorErrorContext, useConductorErrorConfig } from './context.js';

/** Props of `ConductorErrorProvider`; every one is optional and falls back to the enclosing provider's. */
export interface ConductorErrorProviderProps {
  /**
   * A complete locale, e.g. `es` or `fr` from this package. Replaces the
   * enclosing provider's strings (its `strings` overrides included) as the
   * base. Keys it lacks or has of the wrong type (a locale loaded from JSON
   * has no functions) are English.
   */
  locale?: ConductorErrorStrings;
  /**
   * Overrides for any built-in strings, merged onto the locale key by key
   * (titles too); an `undefined`, blank or wrongly typed one is ignored.
   */
  strings?: ConductorErrorStringOverrides;
  /** App-wide retry for components without an `onRetry` of their own. */
  onRetry?: () => void;
  /** App-wide "contact support" action; without one, no such button is shown. */
  onContactSupport?: (error: NormalizedConductorError) => void;
  /**
   * Called once per distinct error an alert shows, with the level Conductor's
   * docs advise for an error tracker (`'warning'` when only the end user can fix it).
   * Like every callback here it may be `async`: a throw or rejection (a tracker
   * that is down) is reported with `console.error` and never unmounts the app.
   */
  onError?: (error: NormalizedConductorError, level: ConductorErrorLogLevel) => void;
  /**
   * For a backend that follows Conductor's documented error handlers, which put
   * the end-user text in `message` (`{ error: { message } }` from Express, a
   * GraphQL error's `message` from Apollo's `formatError`): read a `message`
   * that came over the wire as the user-facing text where there is no
   * `userFacingMessage`. Never an `Error`'s own message. Off by default, as
   * `message` is developer text elsewhere; only `true` turns it on. A
   * component's own `messageIsUserFacing` wins.
   */
  messageIsUserFacing?: boolean;
  /** The part of the app the settings apply to. */
  children?: ReactNode;
}

/**
 * Optional app-wide settings for the components: locale, string overrides and
 * the retry, support and error-reporting callbacks. Nested providers merge onto
 * the enclosing one, so a screen can override a single label or callback.
 * Memoized: consumers re-render only when a prop actually changes (pass stable
 * `strings` objects and callbacks to benefit).
 */
export function ConductorErrorProvider({
  locale,
  strings,
  onRetry,
  onContactSupport,
  onError,
  messageIsUserFacing,
  children,
}: ConductorErrorProviderProps): ReactNode {
  const parent = useConductorErrorConfig();
  const value = useMemo(
    () => ({
      strings: mergeStrings(locale ?? parent.strings, strings),
      onRetry: firstCallback(onRetry, parent.onRetry),
      onContactSupport: firstCallback(onContactSupport, parent.onContactSupport),
      onError: firstCallback(onError, parent.onError),
      messageIsUserFacing: messageIsUserFacing ?? parent.messageIsUserFacing,
    }),
    [parent, locale, strings, onRetry, onContactSupport, onError, messageIsUserFacing],
  );
  return <ConductorErrorContext.Provider value={value}>{children}</ConductorErrorContext.Provider>;
}

/** Props of `StringsScope`. */
export interface StringsScopeProps {
  /** A component's own string overrides. */
  strings: ConductorErrorStringOverrides | undefined;
  /** A component's own title overrides, merged over `strings.titles`. */
  titles: Readonly<Record<string, string>> | undefined;
  /** The component's parts, which read the merged strings from context. */
  children?: ReactNode;
}

/**
 * Applies a component's `strings` and `titles` props to everything it renders,
 * the parts it composes (checklist, copy button) and its portalled dialog
 * included, by nesting a provider. Always rendered, so toggling the props never
 * remounts the component and loses its state.
 */
export function StringsScope({ strings, titles, children }: StringsScopeProps): ReactNode {
  const parent = useConductorErrorConfig();
  // The enclosing config with only the strings changed: no provider of its own,
  // so the alert ships without `ConductorErrorProvider`'s merging of callbacks.
  const value = useMemo(
    () => ({
      ...parent,
      strings: mergeStrings(parent.strings, strings, titles),
    }),
    [parent, strings, titles],
  );
  return <ConductorErrorContext.Provider value={value}>{children}</ConductorErrorContext.Provider>;
}
