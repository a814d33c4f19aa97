import { readProperty } from './normalize/read.js';
import { normalizeConductorError } from './normalize.js';
import { oneLine } from './parse/words.js';

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

/** Options of `formatSupportDetails`. */
export interface SupportDetailsOptions {
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

/** A label: the override when it is a non-blank string, else the English default. */
function labelFor(overrides: unknown, key: keyof SupportDetailsLabels): string {
  const override = readProperty(overrides, key);
  const label = typeof override === 'string' ? oneLine(override) : '';
  return label !== '' ? label : DEFAULT_SUPPORT_DETAILS_LABELS[key];
}

/** The time to write down: `options.now` when it is a valid Date, else now. */
function timeFrom(options: unknown): string {
  const now = readProperty(options, 'now');
  try {
    // Invalid Date's toISOString throws a RangeError; a Proxy posing as a Date throws on getTime.
    if (now instanceof Date && !Number.isNaN(now.getTime())) return now.toISOString();
  } catch {
    // Fall through to the current time.
  }
  return new Date().toISOString();
}

/**
 * Plain text for a support ticket: one `Label: value` line per known fact
 * (request id, code, type, integration code, HTTP status, time, user-facing
 * message), absent facts left out. Takes anything `normalizeConductorError`
 * takes. The developer message only with `{ includeDeveloperMessage: true }`.
 */
export function formatSupportDetails(error: unknown, options?: SupportDetailsOptions): string {
  const { requestId, code, type, integrationCode, httpStatusCode, userFacingMessage, message } =
    normalizeConductorError(error);
  const includeDeveloperMessage = readProperty(options, 'includeDeveloperMessage') === true;
  // The key order is the line order: the request id first, as support asks for it first.
  const values: Record<keyof SupportDetailsLabels, string | number | undefined> = {
    requestId,
    code,
    type,
    integrationCode,
    httpStatus: httpStatusCode,
    time: timeFrom(options),
    userFacingMessage,
    developerMessage: includeDeveloperMessage ? message : undefined,
  };
  const labels = readProperty(options, 'labels');
  const lines: string[] = [];
  for (const [key, raw] of Object.entries(values)) {
    const value = oneLine(String(raw ?? ''));
    if (value !== '') lines.push(`${labelFor(labels, key as keyof SupportDetailsLabels)}: ${value}`);
  }
  return lines.join('\n');
}
