// conductorErrorTitle: a heading for each documented code, each type as the
// fallback, overridable by the app, never empty.
import { describe, expect, test } from 'vitest';
import { normalizeConductorError } from '../../src/core/normalize.js';
import { conductorErrorTitle, DEFAULT_TITLES } from '../../src/core/titles.js';
import { CONDUCTOR_ERROR_TYPES, type ConductorErrorType } from '../../src/core/types.js';
import { QBD_CONNECTION_ERROR } from './sdk/fixtures.js';

/** The codes Conductor documents, each with the type it comes with. */
const DOCUMENTED_CODES: [string, ConductorErrorType][] = [
  ['INTEGRATION_CONNECTION_NOT_SET_UP', 'INTEGRATION_CONNECTION_ERROR'],
  ['INTEGRATION_CONNECTION_NOT_ACTIVE', 'INTEGRATION_CONNECTION_ERROR'],
  ['QBD_CONNECTION_ERROR', 'INTEGRATION_CONNECTION_ERROR'],
  ['QBD_REQUEST_ERROR', 'INTEGRATION_ERROR'],
  ['QBD_REQUEST_TIMEOUT', 'INTEGRATION_ERROR'],
];

const typeTitles = CONDUCTOR_ERROR_TYPES.map((type) => conductorErrorTitle({ code: undefined, type }));

describe('default titles', () => {
  test.each(DOCUMENTED_CODES)('code %s has a title of its own, not its type’s', (code, type) => {
    const title = conductorErrorTitle({ code, type });
    expect(title.trim()).not.toBe('');
    expect(typeTitles).not.toContain(title);
  });

  test('the documented codes all have different titles', () => {
    const titles = DOCUMENTED_CODES.map(([code, type]) => conductorErrorTitle({ code, type }));
    expect(new Set(titles).size).toBe(DOCUMENTED_CODES.length);
  });

  test.each(CONDUCTOR_ERROR_TYPES)('type %s has a title, used for codes without one', (type) => {
    const title = conductorErrorTitle({ code: undefined, type });
    expect(title.trim()).not.toBe('');
    expect(conductorErrorTitle({ code: 'SOME_NEW_CODE', type })).toBe(title);
  });

  test('every type has a different title', () => {
    expect(new Set(typeTitles).size).toBe(CONDUCTOR_ERROR_TYPES.length);
  });

  test('reads the title of a normalized error', () => {
    expect(conductorErrorTitle(normalizeConductorError(QBD_CONNECTION_ERROR))).toBe(
      'Could not reach QuickBooks Desktop',
    );
    expect(conductorErrorTitle(normalizeConductorError('not an error'))).toBe('Something went wrong');
  });
});

describe('overrides', () => {
  const error = { code: 'QBD_CONNECTION_ERROR', type: 'INTEGRATION_CONNECTION_ERROR' } as const;

  test('an override for the code wins over everything', () => {
    const overrides = { QBD_CONNECTION_ERROR: 'Abra QuickBooks', INTEGRATION_CONNECTION_ERROR: 'Sin conexión' };
    expect(conductorErrorTitle(error, overrides)).toBe('Abra QuickBooks');
  });

  test('the default for the code wins over an override for the type', () => {
    expect(conductorErrorTitle(error, { INTEGRATION_CONNECTION_ERROR: 'Sin conexión' })).toBe(
      conductorErrorTitle(error),
    );
  });

  test('an override for the type wins over its default when the code has no title', () => {
    const unknownCode = { code: 'BRAND_NEW', type: 'INTEGRATION_CONNECTION_ERROR' } as const;
    expect(conductorErrorTitle(unknownCode, { INTEGRATION_CONNECTION_ERROR: 'Sin conexión' })).toBe('Sin conexión');
  });

  test.each([
    ['an empty override', ''],
    ['a blank override', '   '],
    ['an override that is no string', 42 as unknown as string],
  ])('%s counts as none', (_case, title) => {
    expect(conductorErrorTitle(error, { QBD_CONNECTION_ERROR: title })).toBe(conductorErrorTitle(error));
  });

  test('overrides that throw when read count as none', () => {
    const throwing = new Proxy(
      {},
      {
        getOwnPropertyDescriptor: () => {
          throw new Error('trap');
        },
      },
    );
    expect(conductorErrorTitle(error, throwing)).toBe(conductorErrorTitle(error));
  });
});

describe('odd input still gives a title', () => {
  test.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])(
    'a code named %s, like a property of every object, falls back to the type',
    (code) => {
      expect(conductorErrorTitle({ code, type: 'INTERNAL_ERROR' })).toBe(DEFAULT_TITLES.INTERNAL_ERROR);
    },
  );

  test('a type that is no type gives the generic title', () => {
    const handBuilt = { code: undefined, type: 'NOT_A_TYPE' as ConductorErrorType };
    expect(conductorErrorTitle(handBuilt)).toBe(DEFAULT_TITLES.UNKNOWN_ERROR);
  });

  test('no error object at all gives the generic title', () => {
    expect(conductorErrorTitle(null as never)).toBe(DEFAULT_TITLES.UNKNOWN_ERROR);
  });

  test('the default titles cannot be changed by anyone at run time', () => {
    expect(() => {
      (DEFAULT_TITLES as Record<string, string>).QBD_CONNECTION_ERROR = 'Hijacked';
    }).toThrow(TypeError);
    expect(conductorErrorTitle({ code: 'QBD_CONNECTION_ERROR', type: 'INTEGRATION_CONNECTION_ERROR' })).not.toBe(
      'Hijacked',
    );
  });
});
