// Error values for the property tests: real Conductor shapes that carry a
// developer message no component may show, mixed with hostile values.
import { fc } from '@fast-check/vitest';
import { hostile, type Make, made, makeRecord, text } from './hostile-props.js';

/** The developer message every generated error carries; it must never reach the page. */
export const DEVELOPER_MESSAGE = 'DEV-ONLY: SELECT * FROM end_users WHERE key = sk_live_hidden';

/** A Conductor error record whose fields may each be hostile, always with the developer message. */
const record = makeRecord({
  userFacingMessage: fc.oneof(
    made(fc.constantFrom("Open QuickBooks Desktop, then click 'OK'. Then try again.", 'Go to Edit > Preferences.')),
    text,
  ),
  type: fc.oneof(made(fc.constantFrom('INTEGRATION_CONNECTION_ERROR', 'INTEGRATION_ERROR', 'NOT_A_TYPE')), hostile),
  code: text,
  requestId: text,
  httpStatusCode: hostile,
}).map(
  (make): Make =>
    () => ({ ...(make() as object), message: DEVELOPER_MESSAGE }),
);

/** An `error` prop: a record, the `{ error }` envelope around one, an Error with one as its cause, or anything. */
export const errorProp: fc.Arbitrary<Make> = fc.oneof(
  record,
  record.map(
    (make): Make =>
      () => ({ error: make() }),
  ),
  record.map(
    (make): Make =>
      () =>
        Object.assign(new Error(DEVELOPER_MESSAGE), { cause: make() }),
  ),
  made(fc.constant(new Error(DEVELOPER_MESSAGE))),
  hostile,
);
