// The components as a Server Component gets them (the `react-server` entry):
// whatever raw error they are given, the Client Component they render receives
// only what it shows, as plain data, so the RSC payload holds nothing else.
// Rendered, they show exactly what the client components show for the raw error.
import { type ReactElement, Suspense } from 'react';
import { renderToString } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConductorErrorAlert as ClientAlert } from '../../src/alert/ConductorErrorAlert.js';
import { CopyRequestIdButton as ClientCopy } from '../../src/copy/CopyRequestIdButton.js';
import { normalizeConductorError, parseFixSteps } from '../../src/core/index.js';
import { ConductorErrorDetails as ClientDetails } from '../../src/details/ConductorErrorDetails.js';
import { QbdFixSteps as ClientFixSteps } from '../../src/fix-steps/QbdFixSteps.js';
import {
  ConductorErrorAlert,
  ConductorErrorDetails,
  CopyRequestIdButton,
  QbdFixSteps,
} from '../../src/server/index.js';
import { SEED_MESSAGE } from '../../stories/fixtures/seed.js';
import { rejectionOf, v11Client, v12Client } from './sdk/clients.js';
import { envelope, QBD_CONNECTION_ERROR } from './sdk/fixtures.js';
import { type StandInApi, startStandInApi } from './sdk/stand-in-api.js';

/** What no prop that crosses may hold: the developer message, and the API key an HTTP client keeps in its config. */
const SECRET_KEY = 'sk_live_NEVER_IN_THE_BROWSER';

let api: StandInApi;
/** Every raw shape an app may hold on the server, by name. */
const RAW: Record<string, unknown> = {};

beforeAll(async () => {
  api = await startStandInApi({
    status: 502,
    body: JSON.stringify(envelope(QBD_CONNECTION_ERROR)),
    headers: { 'conductor-request-id': QBD_CONNECTION_ERROR.requestId },
  });
  RAW['a conductor-node v12 error'] = await rejectionOf(
    v12Client(api.origin).qbd.healthCheck({ conductorEndUserId: 'end_usr_1' }),
  );
  RAW['a conductor-node v11 error'] = await rejectionOf(
    v11Client(api.origin).endUsers.ping('end_usr_1', 'quickbooks_desktop'),
  );
  RAW['the API’s { error } envelope'] = envelope(QBD_CONNECTION_ERROR);
  RAW['the envelope as JSON text'] = JSON.stringify(envelope(QBD_CONNECTION_ERROR));
  RAW['an HTTP client’s error holding its config'] = Object.assign(new Error(SEED_MESSAGE), {
    config: { headers: { Authorization: `Bearer ${SECRET_KEY}` } },
    response: { status: 502, data: envelope(QBD_CONNECTION_ERROR) },
  });
});

afterAll(() => api.close());

/** The props the Client Component receives: what React serializes into the RSC payload. */
function crossing(element: unknown): Record<string, unknown> {
  return (element as ReactElement<Record<string, unknown>>).props;
}

/** Whether every object in `value` is plain data (a class instance, an Error included, cannot cross). */
function isPlainData(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== Array.prototype) return false;
  return Object.values(value).every(isPlainData);
}

const shapes = () => Object.entries(RAW);

describe('what crosses to the browser', () => {
  it('loaded every raw shape from the real SDKs and the stand-in', () => {
    expect(Object.keys(RAW)).toHaveLength(5);
    expect(api.requestedPaths).toHaveLength(2);
    expect(RAW['a conductor-node v12 error']).toBeInstanceOf(Error);
    expect(RAW['a conductor-node v11 error']).toBeInstanceOf(Error);
  });

  it.each([
    ['ConductorErrorAlert', (error: unknown) => crossing(ConductorErrorAlert({ error }))],
    ['ConductorErrorDetails', (error: unknown) => crossing(ConductorErrorDetails({ error }))],
    [
      'CopyRequestIdButton, support details',
      (error: unknown) => crossing(CopyRequestIdButton({ error, copy: 'supportDetails' })),
    ],
  ])('%s: only the end-user-safe fields, as plain data, for every raw shape', (_name, propsFor) => {
    for (const [shape, raw] of shapes()) {
      const props = propsFor(raw);
      const sent = JSON.stringify(props);
      expect(sent, shape).not.toContain(SEED_MESSAGE);
      expect(sent, shape).not.toContain(SECRET_KEY);
      expect(isPlainData(props.error), shape).toBe(true);
      const fields = Object.keys(props.error as object);
      for (const field of fields) {
        expect(
          ['userFacingMessage', 'type', 'code', 'httpStatusCode', 'integrationCode', 'requestId'],
          shape,
        ).toContain(field);
      }
      // Read back, it is the same error, less the developer message.
      expect(normalizeConductorError(props.error), shape).toEqual({ ...normalizeConductorError(raw), message: '' });
    }
  });

  it('QbdFixSteps: only the user-facing text crosses, as its message', () => {
    for (const [shape, raw] of shapes()) {
      const props = crossing(QbdFixSteps({ error: raw, persistKey: 'sync' }));
      expect(props, shape).toEqual({ persistKey: 'sync', message: normalizeConductorError(raw).userFacingMessage });
    }
  });

  it('QbdFixSteps: steps win over message and message over error, as in the browser; no error crosses', () => {
    const steps = parseFixSteps('Open QuickBooks Desktop, then click OK.');
    const raw = RAW['a conductor-node v12 error'];
    expect(crossing(QbdFixSteps({ steps, message: 'Restart.', error: raw }))).toEqual({ steps, message: 'Restart.' });
    expect(crossing(QbdFixSteps({ message: '', error: raw }))).toEqual({ message: '' });
    expect(crossing(QbdFixSteps({}))).toEqual({ message: undefined });
  });

  it('CopyRequestIdButton: for the request id alone only the id crosses; a non-blank id prop wins', () => {
    for (const [shape, raw] of shapes()) {
      const props = crossing(CopyRequestIdButton({ error: raw }));
      expect(props, shape).toEqual({ requestId: normalizeConductorError(raw).requestId, error: undefined });
    }
    const raw = RAW['the API’s { error } envelope'];
    expect(crossing(CopyRequestIdButton({ error: raw, requestId: 'req_own' })).requestId).toBe('req_own');
    expect(crossing(CopyRequestIdButton({ error: raw, requestId: '  ' })).requestId).toBe(
      QBD_CONNECTION_ERROR.requestId,
    );
  });

  it('the developer message crosses only with showDeveloperDetails set to exactly true', () => {
    const raw = RAW['a conductor-node v12 error'];
    const almost = ['true', 1, {}, [], null, undefined, false];
    for (const showDeveloperDetails of almost) {
      const props = crossing(
        ConductorErrorAlert({ error: raw, showDeveloperDetails: showDeveloperDetails as boolean }),
      );
      expect(JSON.stringify(props), String(showDeveloperDetails)).not.toContain(SEED_MESSAGE);
      const dialog = crossing(
        ConductorErrorDetails({ error: raw, showDeveloperDetails: showDeveloperDetails as boolean }),
      );
      expect(JSON.stringify(dialog), String(showDeveloperDetails)).not.toContain(SEED_MESSAGE);
    }
    const alert = crossing(ConductorErrorAlert({ error: raw, showDeveloperDetails: true }));
    expect(alert.error).toMatchObject({ message: SEED_MESSAGE });
    expect(alert.showDeveloperDetails).toBe(true);
    const dialog = crossing(ConductorErrorDetails({ error: raw, showDeveloperDetails: true }));
    expect(dialog.error).toMatchObject({ message: SEED_MESSAGE });
  });

  it('messageIsUserFacing (exactly true): a documented handler’s wire message crosses as the user-facing text, never as message', () => {
    // What Conductor's documented Express handler sends: the end-user text in `message`, nothing else.
    const documented = { error: { message: QBD_CONNECTION_ERROR.userFacingMessage } };
    for (const [name, element] of [
      [
        'ConductorErrorAlert',
        (opt: unknown) => ConductorErrorAlert({ error: documented, messageIsUserFacing: opt as boolean }),
      ],
      [
        'ConductorErrorDetails',
        (opt: unknown) => ConductorErrorDetails({ error: documented, messageIsUserFacing: opt as boolean }),
      ],
    ] as const) {
      const on = crossing(element(true));
      expect(on.error, name).toEqual({
        userFacingMessage: QBD_CONNECTION_ERROR.userFacingMessage,
        type: 'UNKNOWN_ERROR',
      });
      for (const loose of ['true', 1, {}, undefined]) {
        const off = crossing(element(loose));
        expect(JSON.stringify(off), `${name} ${String(loose)}`).not.toContain(QBD_CONNECTION_ERROR.userFacingMessage);
      }
    }
    const steps = crossing(QbdFixSteps({ error: documented, messageIsUserFacing: true }));
    expect(steps).toEqual({ message: QBD_CONNECTION_ERROR.userFacingMessage });
    // Rendered, the alert shows the real checklist from the message.
    const html = renderToString(<ConductorErrorAlert error={documented} messageIsUserFacing />);
    expect(html).toContain('Log in as Admin');
    expect(html.match(/type="checkbox"/g)?.length).toBe(
      parseFixSteps(QBD_CONNECTION_ERROR.userFacingMessage).steps.length,
    );
  });

  it('passes every other prop on unchanged', () => {
    const props = crossing(
      ConductorErrorAlert({
        error: RAW['the API’s { error } envelope'],
        compact: true,
        title: 'Sync stopped',
        id: 'sync',
      }),
    );
    expect(props).toMatchObject({ compact: true, title: 'Sync stopped', id: 'sync' });
  });
});

/** Server HTML of a tree whose lazy parts have loaded, as a streaming server sends it in the end. */
async function prerendered(element: ReactElement): Promise<string> {
  const { prelude } = await prerenderToNodeStream(element);
  let html = '';
  for await (const chunk of prelude) html += chunk;
  return html;
}

describe('what the page shows', () => {
  it.each(shapes())('%s: the alert, checklist and copy button render as the client components do', (_shape, raw) => {
    expect(renderToString(<ConductorErrorAlert error={raw} />)).toBe(renderToString(<ClientAlert error={raw} />));
    expect(renderToString(<QbdFixSteps error={raw} />)).toBe(renderToString(<ClientFixSteps error={raw} />));
    const copy = renderToString(<CopyRequestIdButton error={raw} />);
    expect(copy).toBe(renderToString(<ClientCopy error={raw} />));
    expect(copy).toContain(QBD_CONNECTION_ERROR.requestId);
  });

  it('the details dialog renders its trigger, inside a Suspense boundary, once its lazy code has loaded', async () => {
    const raw = RAW['a conductor-node v12 error'];
    const server = await prerendered(<ConductorErrorDetails error={raw} />);
    const client = await prerendered(
      <Suspense>
        <ClientDetails error={raw} />
      </Suspense>,
    );
    expect(server).toContain('cui-details-trigger');
    expect(server).toBe(client);
  });
});
