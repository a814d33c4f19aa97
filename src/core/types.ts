/**
 * The error categories Conductor's API documents, plus two of ours:
 * `CONNECTION_ERROR` for the SDK's own failure to reach Conductor, and
 * `UNKNOWN_ERROR` for input that is not recognisably a Conductor error.
 */
export type ConductorErrorType =
  | 'INTEGRATION_ERROR'
  | 'INTEGRATION_CONNECTION_ERROR'
  | 'INVALID_REQUEST_ERROR'
  | 'AUTHENTICATION_ERROR'
  | 'PERMISSION_ERROR'
  | 'INTERNAL_ERROR'
  | 'CONNECTION_ERROR'
  | 'UNKNOWN_ERROR';

/** Every `ConductorErrorType`, in documentation order; UNKNOWN_ERROR stays last, as `normalizeConductorError` tries them in this order. */
export const CONDUCTOR_ERROR_TYPES: readonly ConductorErrorType[] = [
  'INTEGRATION_ERROR',
  'INTEGRATION_CONNECTION_ERROR',
  'INVALID_REQUEST_ERROR',
  'AUTHENTICATION_ERROR',
  'PERMISSION_ERROR',
  'INTERNAL_ERROR',
  'CONNECTION_ERROR',
  'UNKNOWN_ERROR',
];

/**
 * How serious an error is for the app: `'warning'` exactly when only the end user
 * can fix it (a connection problem on their PC), `'error'` otherwise.
 */
export type ConductorErrorSeverity = 'warning' | 'error';

/** One well-typed shape for every error shape `normalizeConductorError` reads. */
export interface NormalizedConductorError {
  /** Developer text for logs; `''` when absent. Never shown to end users. */
  message: string;
  /** End-user text, never empty: the input's own, else Conductor's generic default. */
  userFacingMessage: string;
  /** The error's category. */
  type: ConductorErrorType;
  /** Conductor's specific code, e.g. `QBD_CONNECTION_ERROR`. */
  code: string | undefined;
  /** The HTTP status of the response that carried the error. */
  httpStatusCode: number | undefined;
  /** The raw code from QuickBooks Desktop or the Web Connector, e.g. `0x80040420`. */
  integrationCode: string | undefined;
  /** Conductor's id for the failed request, for support tickets. */
  requestId: string | undefined;
  /** `'warning'` when only the end user can fix it, else `'error'`. */
  severity: ConductorErrorSeverity;
}

/**
 * One piece of a step's text, in order. The `text` of a step's parts,
 * concatenated, is the step's `text` exactly, so a UI can draw each piece its
 * own way (plain words, a menu path as menus, a UI label as a chip) without
 * searching the text again. No part's `text` is empty.
 */
export type FixStepPart =
  /** Plain words, drawn as they are. */
  | { kind: 'text'; text: string }
  /**
   * A menu path as written, with any quotes, backticks or bold around it or
   * its items (`'Edit' > 'Preferences'`, `**File** > **Utilities**`), and its
   * items as whole names: marks stripped, whitespace folded to one space, as
   * the menus show them (`['Edit', 'Preferences']`).
   */
  | { kind: 'menu'; text: string; items: string[] }
  /**
   * A UI label as written, in quotes, backticks or bold (`'OK'`, `**Update
   * Selected**`), and its name without them, on one line (`OK`).
   */
  | { kind: 'label'; text: string; label: string };

/** One fix step parsed out of remediation prose. */
export interface FixStep {
  /** The step's own words from the input, verbatim and trimmed, without list marker, leading connector ("then") or closing punctuation. */
  text: string;
  /** The step's text cut into plain words, menu paths and UI labels; their texts concatenated give `text`. */
  parts: FixStepPart[];
  /** Items of the step's first menu path, the first `menu` part's (`['Edit', 'Preferences']`), or `undefined` when there is none. */
  menuPath: string[] | undefined;
  /** The names of the step's `label` parts, in order. */
  labels: string[];
}

/** Remediation prose split into what comes before, the steps, and what comes after. */
export interface FixPlan {
  /** Text before the first step, including a lead-in such as "To fix this,"; the whole text when there are no steps. */
  intro: string;
  /** The steps, in order. */
  steps: FixStep[];
  /** A closing retry sentence ("Then try again.") and anything after the last step. */
  outro: string;
}

/** Conductor's own text for errors whose message is masked or missing. */
export const DEFAULT_USER_FACING_MESSAGE = 'An internal server error occurred. Please try again later.';

/** The level to report an error at in an error tracker such as Sentry. */
export type ConductorErrorLogLevel = 'warning' | 'error';
