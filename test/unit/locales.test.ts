// The locales that ship with the package: each has every key English has,
// with a value of the same type, so no screen falls back to English by accident.
import { describe, expect, it } from 'vitest';
import { es } from '../../src/i18n/es.js';
import { fr } from '../../src/i18n/fr.js';
import { mergeStrings } from '../../src/i18n/merge.js';
import { en } from '../../src/i18n/strings.js';
import * as main from '../../src/index.js';
import * as server from '../../src/server/index.js';

/** Every text of a locale, titles included, by key. */
const textsOf = (locale: typeof en): [string, string][] => [
  ...Object.entries(locale).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  ...Object.entries(locale.titles).map(([code, title]): [string, string] => [`titles.${code}`, title]),
];

// Each with the keys whose value is rightly the same as English's: `dir`, and French's "Message".
describe.each([
  ['Spanish', es, ['dir']],
  ['French (Canada)', fr, ['dir', 'userFacingMessage']],
])('%s', (_name, locale, sameAsEnglish) => {
  it('has every key English has, each of the same type, and no other', () => {
    expect(Object.keys(locale).sort()).toEqual(Object.keys(en).sort());
    for (const [key, english] of Object.entries(en)) {
      expect(typeof locale[key as keyof typeof en], key).toBe(typeof english);
    }
    expect(Object.keys(locale.titles).sort()).toEqual(Object.keys(en.titles).sort());
  });

  it('has a text of its own for every English text', () => {
    for (const [key, text] of textsOf(locale)) {
      expect(text.trim(), key).not.toBe('');
      if (!sameAsEnglish.includes(key))
        expect(text, key).not.toBe(textsOf(en).find(([englishKey]) => englishKey === key)?.[1]);
    }
  });

  it('counts progress and reads menu paths in its own words', () => {
    expect(locale.fixStepsProgress(3, 8)).toMatch(/3.*8/);
    expect(locale.fixStepsProgress(3, 8)).not.toBe(en.fixStepsProgress(3, 8));
    expect(locale.menuPathLabel(['A', 'B'])).toMatch(/^A, \p{L}+ B$/u);
  });

  it('is kept whole by mergeStrings, every key its own', () => {
    expect(mergeStrings(locale, undefined)).toEqual(locale);
  });

  it('is exported by both entries', () => {
    expect(Object.values(main)).toContain(locale);
    expect(Object.values(server)).toContain(locale);
  });
});

describe('the shipped texts, spot-checked', () => {
  it('Spanish', () => {
    expect([es.locale, es.retry, es.requestId, es.close, es.developerMessage, es.time, es.copyValue]).toEqual([
      'es',
      'Reintentar',
      'ID de solicitud',
      'Cerrar',
      'Mensaje para desarrolladores',
      'Hora',
      'Copiar',
    ]);
    expect(es.fixStepsProgress(3, 8)).toBe('3 de 8 completados');
    expect(es.menuPathLabel(['Editar', 'Preferencias'])).toBe('Editar, luego Preferencias');
  });

  it('French as written in Canada, with French typography', () => {
    expect([fr.locale, fr.retry, fr.contactSupport, fr.copyRequestId]).toEqual([
      'fr-CA',
      'Réessayer',
      'Communiquer avec le soutien',
      'Copier l’ID de la demande',
    ]);
    expect(fr.titles.INTEGRATION_CONNECTION_NOT_ACTIVE).toContain('connecteur Web QuickBooks');
    expect(fr.fixStepsProgress(1, 8)).toBe('Étapes terminées\u00a0: 1 sur 8');
    expect(fr.menuPathLabel(['Modifier', 'Préférences'])).toBe('Modifier, puis Préférences');
    for (const [key, text] of textsOf(fr)) {
      // Typographic apostrophes; a non-breaking space before a colon, inside guillemets.
      expect(text, key).not.toContain("'");
      expect(text, key).not.toMatch(/[^\u00a0]:|«[^\u00a0]|[^\u00a0]»/);
    }
    expect(fr.fixStepsProgress(0, 8)).not.toMatch(/[^\u00a0]:/);
  });
});
