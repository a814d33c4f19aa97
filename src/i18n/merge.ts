// Strings come from apps and translators, often from plain JavaScript or a
// JSON file: a key left `undefined`, a text where a function belongs, a locale
// whose functions were lost on the way. None of that may crash a screen or
// leave a button without a name, so the strings in force are built key by key,
// each from the first source that has a usable value for it, English last.
import { filled, guard, read, text } from '../core/normalize/read.js';
import { type ConductorErrorStringOverrides, type ConductorErrorStrings, en } from './strings.js';

type Key = keyof ConductorErrorStrings;

/**
 * Whether `value` can stand where English has its value for `key`: a text
 * that is not blank for a text, a function for a function.
 */
const fits = (key: Key, value: unknown): boolean =>
  typeof en[key] === 'string' ? filled(value) !== undefined : typeof value === typeof en[key];

/** The codes an object of titles has; none for anything else, or when listing them throws (a Proxy). */
const codesOf = (titles: unknown): string[] =>
  (typeof titles === 'object' && guard(() => Object.keys(titles as object))) || [];

/** Title entries merged key by key, later sources winning; only non-blank texts count. */
function mergeTitles(sources: unknown[]): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const titles of sources) {
    for (const code of codesOf(titles)) {
      const title = text(titles, code);
      if (title !== undefined) merged[code] = title;
    }
  }
  return merged;
}

/**
 * The strings in force: for each key of English, the override's value if it
 * fits, else the base locale's, else English's; titles entry by entry, with
 * `titles` last. A value of the wrong type (a text where a function belongs,
 * a function where a text belongs, a blank text) counts as absent, so a
 * partial locale, or one loaded from JSON without its functions, works.
 * Never throws, whatever `base` and `overrides` hold.
 */
export function mergeStrings(
  base: ConductorErrorStrings,
  overrides: ConductorErrorStringOverrides | undefined,
  titles?: ConductorErrorStrings['titles'],
): ConductorErrorStrings {
  const sources: unknown[] = [overrides, base, en];
  const merged: Record<string, unknown> = {};
  for (const key of Object.keys(en) as Key[]) {
    merged[key] = sources.map((source) => read(source, key)).find((value) => fits(key, value));
  }
  // Titles merge entry by entry instead, from English up.
  merged.titles = mergeTitles([en.titles, read(base, 'titles'), read(overrides, 'titles'), titles]);
  return merged as unknown as ConductorErrorStrings;
}

/**
 * Calls one of the strings' functions (`fixStepsProgress`, `menuPathLabel`)
 * with English's as the fallback for this call: a translation that throws or
 * gives no text (a blank string, a number) costs one English phrase, never the
 * screen it is on.
 */
export function callText<Args extends unknown[]>(
  translate: (...args: Args) => unknown,
  english: (...args: Args) => string,
  ...args: Args
): string {
  return filled(guard(() => translate(...args))) ?? english(...args);
}
