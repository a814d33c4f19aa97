// The pure core in real Chromium: the same functions the Node tests cover must
// behave identically in a browser, where app front ends call them.
import { describe, expect, it } from 'vitest';
import { normalizeConductorError, parseFixSteps } from '../../src/core/index.js';
import { qbdConnectionError } from '../../stories/fixtures/errors.js';
import { SEED_USER_FACING_MESSAGE } from '../../stories/fixtures/seed.js';

describe('the core in Chromium', () => {
  it('runs in a real browser', () => {
    expect(navigator.userAgent).toMatch(/Chrome/);
  });

  it('normalizes a wire envelope received as JSON text from fetch', async () => {
    const body = JSON.stringify({ error: qbdConnectionError.body });
    const response = new Response(body, { status: 502, headers: { 'content-type': 'application/json' } });
    const error = normalizeConductorError(await response.json());
    expect(error).toEqual({
      message: 'QBD Connection Error (0x80040420): The QuickBooks user has denied access.',
      userFacingMessage: SEED_USER_FACING_MESSAGE,
      type: 'INTEGRATION_CONNECTION_ERROR',
      code: 'QBD_CONNECTION_ERROR',
      httpStatusCode: 502,
      integrationCode: '0x80040420',
      requestId: 'req_1234567890',
      severity: 'warning',
    });
  });

  it('turns the seed message into its eight steps', () => {
    const plan = parseFixSteps(SEED_USER_FACING_MESSAGE);
    expect(plan.steps).toHaveLength(8);
    expect(plan.steps[2]?.menuPath).toEqual(['Edit', 'Preferences', 'Integrated Applications']);
    expect(plan.steps[3]?.labels).toEqual(['Company Preferences']);
    expect(plan.outro).toBe('Then try again.');
  });

  it('falls back to the default text for a DOM event, which is no Conductor error', () => {
    const error = normalizeConductorError(new Event('error'));
    expect(error.type).toBe('UNKNOWN_ERROR');
    expect(error.userFacingMessage).toBe('An internal server error occurred. Please try again later.');
  });
});
