// What README.md's code blocks leave to the reader: the values an app already
// has where the snippet goes, and packages the README names that this
// repository does not install. Each README block is checked as a module of its
// own with these in scope (test/consumer/typecheck.mjs). A script, not a
// module, so its declarations are global and its `declare module` ambient.

/** Whatever a Conductor call threw, in a `catch`. */
declare const caught: unknown;
/** An app's logger, with a method per level `conductorErrorLogLevel` returns. */
declare const logger: Record<'warning' | 'error', (message: string) => void>;
/** The app's Express application. */
declare const app: import('express').Express;
/** The app's GraphQL schema. */
declare const typeDefs: string;
/** The app's GraphQL resolvers. */
declare const resolvers: Record<string, Record<string, () => unknown>>;

/** The app's error tracker (Sentry, Datadog, ...): the one call the README makes. */
declare const errorTracker: {
  captureException(exception: unknown, hint?: { level?: 'warning' | 'error' }): void;
};
