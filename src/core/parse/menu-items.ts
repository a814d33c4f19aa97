// Stage 4b, menu items (for menu paths): the first and last items of a path
// written without quotes, read as words out from the separators. Each rule
// names the shape it serves; when a name's ends cannot be told, there is no
// item, and so no path: a chip must never show a partial or wrong name.
import { trimOf } from './chars.js';
import { nameOf } from './markup.js';
import { ARTICLES, CONJUNCTIONS, CONNECTORS, MENU_FOLLOWERS, NAVIGATION_WORDS, SMALL_WORDS, VERBS } from './words.js';

/** One item: where it is written (marks around it included) and its name; `quoted` when marks bound it. */
export interface Item {
  start: number;
  end: number;
  name: string;
  quoted: boolean;
}

/** The item written at `text[start, end)`, named as `nameOf` reads what is written there. */
export const itemAt = (text: string, start: number, end: number, quoted: boolean): Item => ({
  start,
  end,
  name: nameOf(text.slice(start, end)),
  quoted,
});

/** The longest item, in characters, and in words. */
export const MAX_ITEM_LENGTH = 60;
const MAX_ITEM_WORDS = 8;
/** A name with words in lower case ("Add an application") ends cleanly within this many words, or is unsure. */
const MAX_SENTENCE_CASE_WORDS = 4;

/** What a name never holds; a path with such an item is none. */
const NOT_A_NAME: readonly RegExp[] = [
  // Quote marks and asterisks: "'Yes' or 'No'" between two separators is two labels.
  // An apostrophe inside a word is part of a name ("Don't Show Again").
  /["“”‘`*]|['’](?!\p{L})/u,
  // Punctuation before a space: "Preferences, then Company" is two phrases.
  /[,;:!?.]\s/,
  // A period inside a word: file names ("Company.QBW → Company.QBB") and versions ("v1.2 → v1.3").
  /\.[\p{L}\p{N}]/u,
];

/** A word of an unquoted name ("Single-user", "Add/Edit", "1099", "&"), and a bracket or mark before one. */
const NAME_WORD = /^(?:[\p{L}\p{N}][\p{L}\p{N}'’/&+-]*|&|&amp;)$/u;
const OPENER = /^[([{'"“‘`*]/;
/** What may close the last word of a name: punctuation, brackets, quote marks ("Update Web Services)."). */
const CLOSERS = ',.;:!?)]}\'"”’*';

export const isCapitalised = (word: string | undefined): boolean => word !== undefined && /^\p{Lu}/u.test(word);
/** A word as a capitalised name writes it: capitalised, or a number ("Form 1099"). */
const isTitleWord = (word: string): boolean => /^[\p{Lu}\p{N}]/u.test(word);

/** Whether an item's name can be one: it starts with a letter ("> 0" is none), is short, and holds nothing of `NOT_A_NAME`. */
export const isName = (name: string): boolean =>
  /^\p{L}/u.test(name) && name.split(' ').length <= MAX_ITEM_WORDS && !NOT_A_NAME.some((rule) => rule.test(name));

/** The whitespace-separated words of `text[from, to)`, with their offsets. */
function wordsIn(text: string, from: number, to: number): Array<{ word: string; at: number }> {
  return [...text.slice(from, to).matchAll(/\S+/g)].map((match) => ({ word: match[0], at: from + match.index }));
}

/**
 * The unquoted first item, the one word before `end` (the first separator):
 * QuickBooks' menu bar names are one word each. Sure only when the word
 * before it is no part of a name: a verb, connector or navigation word
 * ("Open Edit >", "Then Edit >", "go to edit >"), a lower-case word ("the
 * File >", "data with File >"), punctuation, a bracket or nothing ("(File
 * >"). "Chart of Accounts >" and "Set Up Users >" are unsure, and a
 * lower-case first item needs a navigation word before it.
 */
export function firstWord(text: string, bound: number, end: number): Item | undefined {
  const words = text.slice(Math.max(bound, end - MAX_ITEM_LENGTH), end).split(/\s+/);
  const written = words.pop() ?? '';
  const word = written.replace(OPENER, '');
  const before = words.pop() ?? '';
  const earlier = words.pop() ?? '';
  const isNameWord = (candidate: string) => isTitleWord(candidate) && NAME_WORD.test(candidate);
  // The word before goes on a name: "Set Up Users >", or a joining word after one ("Chart of >").
  // A bracket or quote opens the name, whatever comes before it: "QuickBooks (Edit >".
  const partOfName =
    word === written &&
    (isNameWord(before) || (SMALL_WORDS.has(before) && !ARTICLES.has(before) && isNameWord(earlier)));
  const lower = before.toLowerCase();
  const opensClause = VERBS.has(lower) || CONNECTORS.has(lower);
  const sure = NAVIGATION_WORDS.has(lower) || (isCapitalised(word) && (opensClause || !partOfName));
  if (!/^\p{L}/u.test(word) || !NAME_WORD.test(word) || !sure) return undefined;
  return itemAt(text, end - word.length, end, false);
}

/**
 * Whether `word` goes on a name after `previous` (`next` comes after it).
 * Capitalised words and numbers do ("Form 1099"); the words that follow a
 * name end it ("... Verify Data and its results", "... in the top menu bar"),
 * as does "to" before a verb ("... Preferences to change it"); small words
 * go on ("Switch to Single-user Mode"), and lower-case words after a small
 * or lower-case word ("Add an application"), or anywhere in a lower-case path.
 */
function goesOn(word: string, previous: string, next: string, lowerCase: boolean): boolean {
  if (isTitleWord(word)) return true;
  if (MENU_FOLLOWERS.has(word)) return false;
  // "Users and Passwords", but "Verify Data and wait".
  if (CONJUNCTIONS.has(word)) return isCapitalised(next);
  if (word === 'to' && VERBS.has(next.toLowerCase())) return false;
  return lowerCase || SMALL_WORDS.has(word) || !isCapitalised(previous);
}

/**
 * The unquoted last item, read on from `start` (just after the last
 * separator) over its line, up to punctuation, a bracket or quote mark, or a
 * word that does not go on the name (see `goesOn`). `undefined` when unsure:
 * no name, one too long to be sure of its end, or one cut short after a
 * small word.
 */
export function lastWords(text: string, start: number, to: number, lowerCase: boolean): Item | undefined {
  const region = text.slice(start, Math.min(to, start + MAX_ITEM_LENGTH + 1)).split('\n')[0] as string;
  // Running into the length limit, the name may go on: unsure, unless something closes it first.
  let closed = region.length <= MAX_ITEM_LENGTH;
  const words = wordsIn(text, start, start + region.length);
  const taken: string[] = [];
  for (const [index, { word }] of words.entries()) {
    // "&amp;" is a word of a name; after any other word, ";" is punctuation.
    const bare = NAME_WORD.test(word) ? word : trimOf(word, '', CLOSERS);
    const next = words[index + 1]?.word.replace(OPENER, '') ?? '';
    // A bracket or quote after the name ends it: "Edit > Preferences (Company tab)".
    if (index > 0 && OPENER.test(word)) {
      closed = true;
      break;
    }
    // A word no name holds ("Open Company.QBW"): the name may go on past it, so unsure.
    if (!NAME_WORD.test(bare) || (index === 0 && !lowerCase && !isCapitalised(bare))) return undefined;
    if (index > 0 && !goesOn(bare, taken.at(-1) ?? '', next, lowerCase)) {
      closed = true;
      break;
    }
    taken.push(bare);
    // Punctuation or a mark after a word ends the name: "(File > Update Web Services)".
    if (bare !== word) {
      closed = true;
      break;
    }
  }
  // A name does not end in a small word: "File > Switch to" and "Chart of (Accounts)" are cut short, so unsure.
  if (SMALL_WORDS.has(taken.at(-1) ?? '')) return undefined;
  const sentenceCase = taken.some((word) => !isTitleWord(word) && !SMALL_WORDS.has(word));
  const most = sentenceCase ? MAX_SENTENCE_CASE_WORDS : MAX_ITEM_WORDS;
  const first = words[0];
  const last = words[taken.length - 1];
  if (!closed || !first || !last || taken.length === 0 || taken.length > most) return undefined;
  const end = last.at + (taken.at(-1) as string).length;
  return itemAt(text, first.at, end, false);
}
