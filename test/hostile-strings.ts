// String overrides and locales a hurried app can hand the components: keys
// left undefined, a text where a function belongs and the reverse, translators
// that throw, a locale loaded from JSON (its functions gone) or half written.
// For each, the broken key must fall back to English and the good ones stay.
import { es } from '../src/i18n/es.js';
import { fr } from '../src/i18n/fr.js';

/** One hostile value, how it reaches the alert, the English text its broken key must show, and an override that must stay. */
export interface HostileStrings {
  /** What is wrong with it, for the test's name. */
  name: string;
  /** As the alert's (or the provider's) `strings`, or as the provider's `locale`. */
  via: 'strings' | 'locale';
  /** The value itself. */
  value: unknown;
  /** English text the seed's alert shows in place of the broken key. */
  english: string;
  /** A text from a good key of the same value, which must be shown as given. */
  kept: string;
}

/** A good override that rides along with each broken one in `strings`. */
const GOOD = { showDetails: 'More info' };

const throwing = () => {
  throw new Error('translator exploded');
};

/** An override object whose `retry` getter throws. */
function throwingGetter(): unknown {
  return Object.defineProperty({ ...GOOD }, 'retry', {
    enumerable: true,
    get: throwing,
  });
}

/** A locale as `JSON.parse` gives it back: its texts, no functions. */
const throughJson = (locale: unknown): unknown => JSON.parse(JSON.stringify(locale));

const PROGRESS = '0 of 8 done';
const MENU = 'Edit, then Preferences, then Integrated Applications';
const TITLE = 'Could not reach QuickBooks Desktop';

/** Each case; `via` is `strings` and `kept` the good override unless a case says otherwise. */
const CASES: (Pick<HostileStrings, 'name' | 'value' | 'english'> & Partial<HostileStrings>)[] = [
  { name: 'fixStepsProgress undefined', value: { ...GOOD, fixStepsProgress: undefined }, english: PROGRESS },
  { name: 'fixStepsProgress as a text', value: { ...GOOD, fixStepsProgress: '{done} of {total}' }, english: PROGRESS },
  { name: 'fixStepsProgress that throws', value: { ...GOOD, fixStepsProgress: throwing }, english: PROGRESS },
  { name: 'fixStepsProgress giving a number', value: { ...GOOD, fixStepsProgress: () => 3 }, english: PROGRESS },
  { name: 'menuPathLabel undefined', value: { ...GOOD, menuPathLabel: undefined }, english: MENU },
  { name: 'menuPathLabel as a text', value: { ...GOOD, menuPathLabel: ', then ' }, english: MENU },
  { name: 'menuPathLabel that throws', value: { ...GOOD, menuPathLabel: throwing }, english: MENU },
  {
    name: 'menuPathLabel giving an array',
    value: { ...GOOD, menuPathLabel: (items: string[]) => items },
    english: MENU,
  },
  { name: 'retry undefined', value: { ...GOOD, retry: undefined }, english: 'Try again' },
  { name: 'retry as a number', value: { ...GOOD, retry: 42 }, english: 'Try again' },
  { name: 'retry blank', value: { ...GOOD, retry: '   ' }, english: 'Try again' },
  { name: 'retry as a function', value: { ...GOOD, retry: () => 'Again' }, english: 'Try again' },
  { name: 'retry behind a throwing getter', value: throwingGetter(), english: 'Try again' },
  { name: 'copyRequestId null', value: { ...GOOD, copyRequestId: null }, english: 'Copy request ID' },
  { name: 'contactSupport undefined', value: { ...GOOD, contactSupport: undefined }, english: 'Contact support' },
  { name: 'titles as a text', value: { ...GOOD, titles: 'Oops' }, english: TITLE },
  {
    name: 'titles with an undefined entry',
    value: { ...GOOD, titles: { QBD_CONNECTION_ERROR: undefined } },
    english: TITLE,
  },
  { name: 'titles with a number entry', value: { ...GOOD, titles: { QBD_CONNECTION_ERROR: 7 } }, english: TITLE },
  { name: 'Spanish loaded from JSON', via: 'locale', value: throughJson(es), english: PROGRESS, kept: 'Reintentar' },
  { name: 'French loaded from JSON', via: 'locale', value: throughJson(fr), english: MENU, kept: 'Réessayer' },
  {
    name: 'a partial locale',
    via: 'locale',
    value: { locale: 'de', retry: 'Erneut versuchen' },
    english: 'Copy request ID',
    kept: 'Erneut versuchen',
  },
  {
    name: 'a locale with wrong types',
    via: 'locale',
    value: { ...es, titles: null, fixStepsProgress: 'x', close: 0 },
    english: TITLE,
    kept: 'Copiar ID de solicitud',
  },
];

export const HOSTILE_STRINGS: HostileStrings[] = CASES.map((entry) => ({
  via: 'strings',
  kept: GOOD.showDetails,
  ...entry,
}));
