// What the browser may know about the stand-in's scenarios: ids and labels only.
// The error bodies (with their developer messages) live in stand-in/ so they
// never end up in the front end's bundle.

/** One scenario per error code Conductor documents, in the order a picker lists them. */
export const SCENARIO_IDS = [
  'INTEGRATION_CONNECTION_NOT_SET_UP',
  'INTEGRATION_CONNECTION_NOT_ACTIVE',
  'QBD_CONNECTION_ERROR',
  'QBD_REQUEST_ERROR',
  'QBD_REQUEST_TIMEOUT',
  'API_KEY_INVALID',
  'INTERNAL_SERVER_ERROR',
] as const;

/** The id of a failure the stand-in can play: Conductor's error code for it. */
export type ScenarioId = (typeof SCENARIO_IDS)[number];

/** Labels for the scenario picker. */
export const SCENARIO_LABELS: Readonly<Record<ScenarioId, string>> = {
  INTEGRATION_CONNECTION_NOT_SET_UP: 'Connection not set up',
  INTEGRATION_CONNECTION_NOT_ACTIVE: 'Web Connector not running',
  QBD_CONNECTION_ERROR: 'QuickBooks denied access (0x80040420)',
  QBD_REQUEST_ERROR: 'QuickBooks rejected the request',
  QBD_REQUEST_TIMEOUT: 'QuickBooks took too long',
  API_KEY_INVALID: 'Invalid Conductor API key',
  INTERNAL_SERVER_ERROR: 'Conductor internal error',
};

/** Which conductor-node major the server calls Conductor with. */
export type SdkVersion = 'v12' | 'v11';

/** Every `SdkVersion`, newest first. */
export const SDK_VERSIONS: readonly SdkVersion[] = ['v12', 'v11'];

/**
 * What the stand-in answers next: `scenario`'s error `failures` times, then
 * success. `scenario: null` always succeeds; `failures: null` never recovers.
 */
export interface DemoPlan {
  /** The failure to play, or `null` for plain success. */
  scenario: ScenarioId | null;
  /** How many calls fail before the stand-in recovers; `null` for every call. */
  failures: number | null;
}

/** Narrows untrusted input (a query string, a JSON body) to a scenario id. */
export function isScenarioId(value: unknown): value is ScenarioId {
  return typeof value === 'string' && (SCENARIO_IDS as readonly string[]).includes(value);
}

/** Narrows untrusted input to an SDK version. */
export function isSdkVersion(value: unknown): value is SdkVersion {
  return value === 'v12' || value === 'v11';
}

/** Reads a `DemoPlan` from an untrusted JSON body, or `undefined` when it is not one. */
export function parseDemoPlan(input: unknown): DemoPlan | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const { scenario, failures } = input as Record<string, unknown>;
  if (scenario !== null && !isScenarioId(scenario)) return undefined;
  if (failures !== null && !(typeof failures === 'number' && Number.isInteger(failures) && failures >= 0)) {
    return undefined;
  }
  return { scenario, failures };
}
