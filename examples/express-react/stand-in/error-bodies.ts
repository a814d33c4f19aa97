// The error bodies the stand-in answers with, one per error code Conductor
// documents, in Conductor's documented shape. The developer messages carry a
// marker so a test can prove they never reach the browser.
import type { ScenarioId } from '../demo-scenarios.js';

/** Appears in every developer `message`; must never show up in the browser. */
export const DEV_MESSAGE_MARKER = 'SECRET-DEV-DETAIL';

/** The `error` object of a Conductor error response, as documented. */
export interface ConductorErrorObject {
  /** Developer text for logs. */
  message: string;
  /** Text written for the end user. */
  userFacingMessage: string;
  /** The error's category. */
  type: string;
  /** Conductor's specific code. */
  code: string;
  /** The HTTP status the response carries. */
  httpStatusCode: number;
  /** QuickBooks Desktop's or the Web Connector's own code, when there is one. */
  integrationCode?: string;
  /** Conductor's id for the request. */
  requestId: string;
}

/** A scenario's error before a request id is stamped on it. */
export type ScenarioError = Omit<ConductorErrorObject, 'requestId'>;

/** Conductor's masked text for errors the end user cannot act on. */
const MASKED = 'An internal server error occurred. Please try again later.';

/** The seed example's user-facing text, verbatim (conductor-error-example.txt). */
export const SEED_USER_FACING_MESSAGE =
  "We could not connect to QuickBooks Desktop because we must re-authorize our connection. To fix this, open QuickBooks Desktop, log in as Admin, navigate to 'Edit > Preferences > Integrated Applications', click 'Company Preferences', select our app, click 'Properties...', ensure 'Allow this application to log in automatically' is checked, then click 'OK'. Then try again.";

/** Each scenario's error, keyed by its Conductor code. */
export const SCENARIO_ERRORS: Readonly<Record<ScenarioId, ScenarioError>> = {
  INTEGRATION_CONNECTION_NOT_SET_UP: {
    message: `The end-user has not finished connecting QuickBooks Desktop: no integration connection exists for it. [${DEV_MESSAGE_MARKER}: auth flow abandoned at company-file step]`,
    userFacingMessage:
      'QuickBooks Desktop is not connected to our app yet. To fix this, open the setup link we sent you, follow the steps to connect your QuickBooks company file, then return here. Then try again.',
    type: 'INTEGRATION_CONNECTION_ERROR',
    code: 'INTEGRATION_CONNECTION_NOT_SET_UP',
    httpStatusCode: 400,
  },
  INTEGRATION_CONNECTION_NOT_ACTIVE: {
    message: `No heartbeat from QuickBooks Web Connector for more than two minutes. [${DEV_MESSAGE_MARKER}: last heartbeat 7 minutes ago]`,
    userFacingMessage:
      "We could not connect to QuickBooks Desktop because QuickBooks Web Connector is not running. To fix this, open QuickBooks Web Connector on the computer with QuickBooks Desktop, check the box next to our app, then click 'Update Selected'. Then try again.",
    type: 'INTEGRATION_CONNECTION_ERROR',
    code: 'INTEGRATION_CONNECTION_NOT_ACTIVE',
    httpStatusCode: 502,
  },
  QBD_CONNECTION_ERROR: {
    message: `QBD Connection Error (0x80040420): The QuickBooks user has denied access. [${DEV_MESSAGE_MARKER}: qbXML session refused]`,
    userFacingMessage: SEED_USER_FACING_MESSAGE,
    type: 'INTEGRATION_CONNECTION_ERROR',
    code: 'QBD_CONNECTION_ERROR',
    httpStatusCode: 502,
    integrationCode: '0x80040420',
  },
  QBD_REQUEST_ERROR: {
    message: `QBD Request Error (3100): The name "Acme Supplies" of the list element is already in use. [${DEV_MESSAGE_MARKER}: CustomerAddRq]`,
    userFacingMessage:
      'QuickBooks Desktop could not save this customer because the name "Acme Supplies" is already used by another customer, vendor, employee or other name. To fix this, choose a different name, then save again.',
    type: 'INTEGRATION_ERROR',
    code: 'QBD_REQUEST_ERROR',
    httpStatusCode: 400,
    integrationCode: '3100',
  },
  QBD_REQUEST_TIMEOUT: {
    message: `QuickBooks Desktop accepted the request but sent no response within the time limit. [${DEV_MESSAGE_MARKER}: waited 90 s]`,
    userFacingMessage:
      'QuickBooks Desktop took too long to respond. This can happen while it starts or opens a large company file. To fix this, wait until QuickBooks Desktop has finished loading, close any open QuickBooks windows or dialogs, then try again.',
    type: 'INTEGRATION_CONNECTION_ERROR',
    code: 'QBD_REQUEST_TIMEOUT',
    httpStatusCode: 504,
  },
  API_KEY_INVALID: {
    message: `Invalid API key provided: sk_test_****DEMO. [${DEV_MESSAGE_MARKER}: key revoked]`,
    userFacingMessage: MASKED,
    type: 'AUTHENTICATION_ERROR',
    code: 'API_KEY_INVALID',
    httpStatusCode: 401,
  },
  INTERNAL_SERVER_ERROR: {
    message: `An unexpected error occurred while processing the request. [${DEV_MESSAGE_MARKER}: worker crashed]`,
    userFacingMessage: MASKED,
    type: 'INTERNAL_ERROR',
    code: 'INTERNAL_SERVER_ERROR',
    httpStatusCode: 500,
  },
};
