// What every client test asserts about what its library threw: the core reads
// the real Conductor error out of it, and the alert, rendered on the server on
// the thrown value itself, shows the real steps and the request id.
import { renderToString } from 'react-dom/server';
import { expect } from 'vitest';
import { ConductorErrorAlert, type ConductorErrorAlertProps } from '../../../src/alert/ConductorErrorAlert.js';
import { type NormalizeConductorErrorOptions, normalizeConductorError } from '../../../src/core/normalize.js';
import { parseFixSteps } from '../../../src/core/parse/index.js';
import { DEFAULT_USER_FACING_MESSAGE } from '../../../src/core/types.js';
import { QBD_CONNECTION_ERROR } from '../sdk/fixtures.js';

/** The steps Conductor's text holds, as the checklist shows them. */
const REAL_STEP_COUNT = parseFixSteps(QBD_CONNECTION_ERROR.userFacingMessage).steps.length;

/** How many checkboxes some HTML holds. */
const checkboxes = (html: string): number => html.match(/type="checkbox"/g)?.length ?? 0;

/** The alert's HTML, rendered with react-dom/server on `error` as the app got it. */
export function renderAlert(error: unknown, props: Omit<ConductorErrorAlertProps, 'error'> = {}): string {
  return renderToString(<ConductorErrorAlert error={error} {...props} />);
}

/** `thrown` normalizes to the stand-in's real error, with the fields the backend passed on. */
export function expectRealError(thrown: unknown, options?: NormalizeConductorErrorOptions): void {
  expect(normalizeConductorError(thrown, options)).toMatchObject({
    type: QBD_CONNECTION_ERROR.type,
    code: QBD_CONNECTION_ERROR.code,
    requestId: QBD_CONNECTION_ERROR.requestId,
    userFacingMessage: QBD_CONNECTION_ERROR.userFacingMessage,
    severity: 'warning',
  });
}

/**
 * The alert's HTML shows the real checklist and the request id (`null` for a
 * backend that sends none), and never the developer message.
 */
export function expectRealSteps(html: string, requestId: string | null = QBD_CONNECTION_ERROR.requestId): void {
  expect(REAL_STEP_COUNT).toBeGreaterThan(1);
  expect(checkboxes(html)).toBe(REAL_STEP_COUNT);
  if (requestId !== null) expect(html).toContain(requestId);
  expect(html).toContain('Log in as Admin');
  expect(html).not.toContain(QBD_CONNECTION_ERROR.message);
}

/** Both of the above, on the thrown value and on the alert rendered with it. */
export function expectRealErrorAndSteps(thrown: unknown): void {
  expectRealError(thrown);
  expectRealSteps(renderAlert(thrown));
}

/** The alert's HTML shows the generic text and no checklist: what an error it cannot read gets. */
export function expectGeneric(html: string): void {
  expect(html).toContain(DEFAULT_USER_FACING_MESSAGE);
  expect(checkboxes(html)).toBe(0);
  expect(html).not.toContain(QBD_CONNECTION_ERROR.message);
}
