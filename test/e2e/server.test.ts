// The example's Express server over HTTP, without a browser: what it answers
// for bad input, and for a Conductor that cannot be reached at all, through
// both real SDKs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SDK_VERSIONS } from '../../examples/express-react/demo-scenarios.js';
import { type RunningExample, startExample } from '../../examples/express-react/server/start.js';
import { type CapturedLogger, captureLogs } from './logs.js';

let example: RunningExample;
let logs: CapturedLogger;

beforeAll(async () => {
  logs = captureLogs();
  example = await startExample({ logger: logs });
});

afterAll(() => example.close());

function putPlan(body: string): Promise<Response> {
  return fetch(new URL('/api/demo/plan', example.url), { method: 'PUT', body });
}

describe('bad input', () => {
  it.each([
    ['malformed JSON', '{"scenario":'],
    ['an unknown scenario', '{"scenario":"NOT_A_CODE","failures":1}'],
    ['a negative failure count', '{"scenario":"QBD_CONNECTION_ERROR","failures":-1}'],
  ])('a demo plan with %s gets 400 and says what it expects', async (_what, body) => {
    const response = await putPlan(body);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ problem: expect.stringContaining('scenario') });
  });

  it('an unknown SDK version gets 400, not a guess', async () => {
    const response = await fetch(new URL('/api/quickbooks/health-check?sdk=v10', example.url));
    expect(response.status).toBe(400);
  });
});

describe('when Conductor cannot be reached', () => {
  it.each(SDK_VERSIONS)('%s: the browser gets 502 and the generic text; the error is logged as ours', async (sdk) => {
    await example.standIn.close();
    const before = logs.entries.length;
    const response = await fetch(new URL(`/api/quickbooks/health-check?sdk=${sdk}`, example.url));
    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({
      error: {
        userFacingMessage: 'An internal server error occurred. Please try again later.',
        type: 'CONNECTION_ERROR',
        code: expect.any(String),
      },
    });
    expect(logs.entries.slice(before)).toEqual([{ level: 'error', text: expect.stringContaining('health-check') }]);
  });
});
