// formatSupportDetails: the plain text an end user pastes into a support
// ticket. One "Label: value" line per known fact, no developer message unless
// asked for.

import { fc, test as propertyTest } from '@fast-check/vitest';
import { ConductorIntegrationConnectionError } from 'conductor-node-v11';
import { describe, expect, test } from 'vitest';
import { DEFAULT_SUPPORT_DETAILS_LABELS, formatSupportDetails } from '../../src/core/support-details.js';
import { DEFAULT_USER_FACING_MESSAGE } from '../../src/core/types.js';
import { envelope, QBD_CONNECTION_ERROR } from './sdk/fixtures.js';

const NOW = new Date(Date.UTC(2025, 2, 14, 9, 26, 53, 589));

const FULL_DETAILS = [
  'Request ID: req_1234567890',
  'Error code: QBD_CONNECTION_ERROR',
  'Error type: INTEGRATION_CONNECTION_ERROR',
  'Integration code: 0x80040420',
  'HTTP status: 502',
  'Time: 2025-03-14T09:26:53.589Z',
  `Message: ${QBD_CONNECTION_ERROR.userFacingMessage}`,
].join('\n');

describe('formatSupportDetails', () => {
  test('writes every known fact on its own line, request id first', () => {
    expect(formatSupportDetails(QBD_CONNECTION_ERROR, { now: NOW })).toBe(FULL_DETAILS);
  });

  test('reads raw SDK errors like the API object', () => {
    const { type: _type, ...options } = QBD_CONNECTION_ERROR;
    const error = new ConductorIntegrationConnectionError(options);
    expect(formatSupportDetails(error, { now: NOW })).toBe(FULL_DETAILS);
    expect(formatSupportDetails(JSON.stringify(envelope(QBD_CONNECTION_ERROR)), { now: NOW })).toBe(FULL_DETAILS);
  });

  test('leaves out what is absent', () => {
    const details = formatSupportDetails({ type: 'INTERNAL_ERROR', userFacingMessage: 'Try again.' }, { now: NOW });
    expect(details).toBe(
      ['Error type: INTERNAL_ERROR', 'Time: 2025-03-14T09:26:53.589Z', 'Message: Try again.'].join('\n'),
    );
  });

  test('leaves out the developer message unless asked for it', () => {
    expect(formatSupportDetails(QBD_CONNECTION_ERROR, { now: NOW })).not.toContain('0x80040420): The QuickBooks user');
    expect(formatSupportDetails(QBD_CONNECTION_ERROR, { now: NOW, includeDeveloperMessage: true })).toBe(
      `${FULL_DETAILS}\nDeveloper message: ${QBD_CONNECTION_ERROR.message}`,
    );
  });

  test('only `true` turns the developer message on', () => {
    const options = { now: NOW, includeDeveloperMessage: 'yes' } as unknown as { includeDeveloperMessage: boolean };
    expect(formatSupportDetails(QBD_CONNECTION_ERROR, options)).toBe(FULL_DETAILS);
  });

  test('writes the current time in ISO 8601 UTC when none is given', () => {
    const before = Date.now();
    const details = formatSupportDetails(QBD_CONNECTION_ERROR);
    const after = Date.now();
    const time =
      details
        .split('\n')
        .find((line) => line.startsWith('Time: '))
        ?.slice('Time: '.length) ?? '';
    expect(time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(Date.parse(time)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(time)).toBeLessThanOrEqual(after);
  });

  test('an invalid Date gives the current time instead of a crash', () => {
    const details = formatSupportDetails(QBD_CONNECTION_ERROR, { now: new Date(Number.NaN) });
    expect(details).toMatch(/^Time: \d{4}-\d{2}-\d{2}T[\d:.]+Z$/m);
  });

  test('localised labels replace the English ones; blank ones keep the default', () => {
    const details = formatSupportDetails(
      { userFacingMessage: 'Abra QuickBooks.', requestId: 'req_1', code: 'X', type: 'INTERNAL_ERROR' },
      { now: NOW, labels: { requestId: 'ID de solicitud', userFacingMessage: 'Mensaje', code: '  ' } },
    );
    expect(details.split('\n')).toEqual([
      'ID de solicitud: req_1',
      'Error code: X',
      'Error type: INTERNAL_ERROR',
      'Time: 2025-03-14T09:26:53.589Z',
      'Mensaje: Abra QuickBooks.',
    ]);
  });

  test('multi-line text stays on its own line and cannot forge another', () => {
    const details = formatSupportDetails(
      { userFacingMessage: 'Open QuickBooks.\r\nRequest ID: req_forged\u2028Then try again.' },
      { now: NOW, labels: { time: 'When\nRequest ID' } },
    );
    expect(details.split('\n')).toEqual([
      'Error type: UNKNOWN_ERROR',
      'When Request ID: 2025-03-14T09:26:53.589Z',
      'Message: Open QuickBooks. Request ID: req_forged Then try again.',
    ]);
  });

  test.each([
    ['no error at all', undefined, undefined],
    ['options of the wrong kind', QBD_CONNECTION_ERROR, null],
    [
      'options that throw when read',
      QBD_CONNECTION_ERROR,
      new Proxy(
        {},
        {
          get: () => {
            throw new Error('trap');
          },
        },
      ),
    ],
    ['a Proxy posing as a Date', QBD_CONNECTION_ERROR, { now: new Proxy(new Date(), {}) }],
  ])('%s still gives the details', (_case, error, options) => {
    const details = formatSupportDetails(error, options as never);
    expect(details).toMatch(/^Time: .+Z$/m);
    expect(details).toContain('Message: ');
  });

  test('the default labels cannot be changed by anyone at run time', () => {
    expect(() => {
      (DEFAULT_SUPPORT_DETAILS_LABELS as { requestId: string }).requestId = 'Hijacked';
    }).toThrow(TypeError);
    expect(formatSupportDetails(QBD_CONNECTION_ERROR, { now: NOW })).toBe(FULL_DETAILS);
  });

  test('an unknown error gives the default text, never the developer message', () => {
    const details = formatSupportDetails(new Error('password=hunter2'), { now: NOW });
    expect(details).toBe(
      ['Error type: UNKNOWN_ERROR', 'Time: 2025-03-14T09:26:53.589Z', `Message: ${DEFAULT_USER_FACING_MESSAGE}`].join(
        '\n',
      ),
    );
  });
});

/** Every character some tool splits lines on (Python's `str.splitlines` knows them all). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters that break lines are what this test looks for.
const ANY_LINE_BREAK = /[\n\v\f\r\x1c-\x1e\x85\u2028\u2029]/;

/** Every control character, C0 (tab and line feed among them), DEL and C1. */
const CONTROL_CHARACTERS = [
  ...Array.from({ length: 0x20 }, (_, code) => code),
  ...Array.from({ length: 0x21 }, (_, offset) => 0x7f + offset),
].map((code) => String.fromCharCode(code));

describe('no value or label can forge a line', () => {
  test.each([
    ...CONTROL_CHARACTERS.map((character) => [`U+${character.charCodeAt(0).toString(16).padStart(4, '0')}`, character]),
    ['U+2028 LINE SEPARATOR', '\u2028'],
    ['U+2029 PARAGRAPH SEPARATOR', '\u2029'],
    ['CR LF', '\r\n'],
  ])('%s in the message, the request id and a label', (_name, separator) => {
    const details = formatSupportDetails(
      {
        userFacingMessage: `Open QuickBooks.${separator}Request ID: req_forged`,
        requestId: `req_real${separator}Error code: FORGED`,
        type: 'INTERNAL_ERROR',
      },
      { now: NOW, labels: { time: `When${separator}Request ID` } },
    );
    const lines = details.split(ANY_LINE_BREAK);
    expect(lines).toEqual([
      'Request ID: req_real Error code: FORGED',
      'Error type: INTERNAL_ERROR',
      'When Request ID: 2025-03-14T09:26:53.589Z',
      'Message: Open QuickBooks. Request ID: req_forged',
    ]);
    expect(details.replaceAll('\n', '')).not.toMatch(/[\p{Cc}\p{Zl}\p{Zp}]/u);
  });

  test('a label or value made only of control characters keeps the default label, or leaves the line out', () => {
    const details = formatSupportDetails(
      { userFacingMessage: 'Try again.', requestId: '\x1c\x1d\x1e', type: 'INTERNAL_ERROR' },
      { now: NOW, labels: { userFacingMessage: '\x85\u2028' } },
    );
    expect(details.split('\n')).toEqual([
      'Error type: INTERNAL_ERROR',
      'Time: 2025-03-14T09:26:53.589Z',
      'Message: Try again.',
    ]);
  });

  propertyTest.prop([fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' })], {
    numRuns: 300,
  })(
    'over any text, every line starts with its label and holds no line break or control character',
    (message, id, label) => {
      const details = formatSupportDetails(
        { userFacingMessage: message, requestId: id, type: 'INTERNAL_ERROR' },
        { now: NOW, labels: { code: label } },
      );
      for (const line of details.split('\n')) {
        expect(line).toMatch(/^(Request ID|Error type|Time|Message): /);
        expect(line).not.toMatch(/[\p{Cc}\p{Zl}\p{Zp}]/u);
      }
    },
  );
});
