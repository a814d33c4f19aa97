import {
  filled,
  guard,
  type NormalizeConductorErrorOptions,
  normalizeConductorError,
  read,
  text,
} from './normalize.js';

/**
 * Every character a tool may split lines on, or that is no text at all: all
 * whitespace JavaScript knows (line feeds, tabs, U+2028 and U+2029 among them),
 * every control character (C0 with the file, group and record separators
 * U+001C to U+001E, DEL, and C1 with NEL U+0085), and Unicode's line and
 * paragraph separators.
 */
const LINE_BREAKING_OR_CONTROL = /[\s\p{Cc}\p{Zl}\p{Zp}]+/gu;

/** One line of plain text: each run of those characters one space, so no value can forge a line of its own. */
const singleLine = (line: string): string => line.replace(LINE_BREAKING_OR_CONTROL, ' ').trim();

/** The label of each line of the support details; the UI passes its own to localise them. */
export interface SupportDetailsLabels {
  /** Conductor's request id: what its support asks for first. */
  requestId: string;
  /** Conductor's error code, e.g. `QBD_CONNECTION_ERROR`. */
  code: string;
  /** The error type, e.g. `INTEGRATION_CONNECTION_ERROR`. */
  type: string;
  /** QuickBooks Desktop's or the Web Connector's own code, e.g. `0x80040420`. */
  integrationCode: string;
  /** The HTTP status of the failed response. */
  httpStatus: string;
  /** When the details were written down (ISO 8601, UTC). */
  time: string;
  /** The text the end user saw. */
  userFacingMessage: string;
  /** The developer message, only present with `includeDeveloperMessage`. */
  developerMessage: string;
}

/** English labels, used for any label not overridden. */
export const DEFAULT_SUPPORT_DETAILS_LABELS: Readonly<SupportDetailsLabels> = Object.freeze({
  requestId: 'Request ID',
  code: 'Error code',
  type: 'Error type',
  integrationCode: 'Integration code',
  httpStatus: 'HTTP status',
  time: 'Time',
  userFacingMessage: 'Message',
  developerMessage: 'Developer message',
});

/** Options of `formatSupportDetails`; `messageIsUserFacing` as for `normalizeConductorError`. */
export interface SupportDetailsOptions extends NormalizeConductorErrorOptions {
  /**
   * Add the developer message. Off by default: it can hold SQL, keys or stack
   * traces, and the details are meant to be copied by the end user.
   */
  includeDeveloperMessage?: boolean;
  /** The time to write down; the current time when absent or not a valid Date. */
  now?: Date;
  /** Labels to use instead of the English ones; missing or blank ones keep the default. */
  labels?: Partial<SupportDetailsLabels>;
}

/**
 * Plain text for a support ticket: one `Label: value` line per known fact
 * (request id, code, type, integration code, HTTP status, time, user-facing
 * message), absent facts left out. Takes anything `normalizeConductorError`
 * takes. The developer message only with `{ includeDeveloperMessage: true }`.
 */
export const formatSupportDetails = (error: unknown, options?: SupportDetailsOptions): string => {
  // The normaliser reads `messageIsUserFacing` from the options itself, guarded, and only `true` counts.
  const normalized = normalizeConductorError(error, options);
  const values: Record<string, unknown> = {
    ...normalized,
    httpStatus: `${normalized.httpStatusCode ?? ''}`,
    // An invalid Date, a Proxy posing as one or no Date at all throws here: the time is then now.
    time: guard(() => (options as Required<SupportDetailsOptions>).now.toISOString()) ?? new Date().toISOString(),
    developerMessage: read(options, 'includeDeveloperMessage') === true && normalized.message,
  };
  const labels = read(options, 'labels');
  // The labels' key order is the line order: the request id first, as support asks for it first.
  return Object.entries(DEFAULT_SUPPORT_DETAILS_LABELS)
    .flatMap(([key, defaultLabel]) => {
      // One line each, label and value made single lines apart: neither can forge another line.
      const value = singleLine(filled(values[key]) ?? '');
      const label = singleLine(text(labels, key) ?? '') || defaultLabel;
      return value ? [`${label}: ${value}`] : [];
    })
    .join('\n');
};
