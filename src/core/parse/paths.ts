// Finds the menu path in a step: "navigate to 'Edit > Preferences > Integrated
// Applications'", "'Edit' > 'Preferences'", "`File` › `Utilities`", "**Edit** »
// **Preferences**" or, unquoted, "Go to Edit > Preferences." A separator between
// words that are not menu names ("if the balance is > 0") is not a path.
import { MENU_JOINERS } from './lexicon.js';
import type { Token } from './tokenize.js';
import { bareWord, isDigitAt, isUpperAt, isVerbWord, oneLine, WORD_CHARACTER } from './words.js';

/** Most words in one unquoted menu item: "Set Up Users and Passwords" has five. */
const MAX_ITEM_WORDS = 6;

/** A menu path found in a step. */
export interface MenuPath {
  /** The menu items, without quotes. */
  items: string[];
  /** The quote tokens that make up the path: their text is not also a label. */
  quoteTokens: number[];
}

/** Some menu items and where the tokens after them start. */
interface Items {
  items: string[];
  quote: number | undefined;
  next: number;
}

/** The first menu path in tokens `from`..`to`, if any. */
export function findMenuPath(text: string, tokens: readonly Token[], from: number, to: number): MenuPath | undefined {
  for (let k = from; k < to; k++) {
    const token = tokens[k];
    const path = token?.kind === 'sep' ? chainAround(text, tokens, k, from, to) : undefined;
    if (path) return path;
    // A quote followed by a separator is the first part of a longer path: the separator reads it.
    const continues = tokens[k + 1]?.kind === 'sep' && k + 1 < to;
    const wholePath = token?.kind === 'quote' && !continues ? quotedItems(text, token) : undefined;
    if (wholePath && wholePath.length >= 2) return { items: wholePath, quoteTokens: [k] };
  }
  return undefined;
}

/** The path through separator `sep`: the item before it, then items and separators for as long as they are valid. */
function chainAround(
  text: string,
  tokens: readonly Token[],
  sep: number,
  from: number,
  to: number,
): MenuPath | undefined {
  const left = itemBefore(text, tokens, sep, from);
  if (left === undefined) return undefined;
  const items = [...left.items];
  const quoteTokens = left.quote === undefined ? [] : [left.quote];
  for (let k = sep; tokens[k]?.kind === 'sep' && k < to; ) {
    const right = itemAfter(text, tokens, k + 1, to);
    if (right === undefined) break;
    items.push(...right.items);
    if (right.quote !== undefined) quoteTokens.push(right.quote);
    k = right.next;
  }
  return items.length >= 2 ? { items, quoteTokens } : undefined;
}

/** The item that ends just before separator `sep`: a quote, or capitalised words walked back to a verb or lower-case word. */
function itemBefore(text: string, tokens: readonly Token[], sep: number, from: number): Items | undefined {
  const end = sep - 1;
  const last = tokens[end];
  if (end < from || last === undefined) return undefined;
  if (last.kind === 'quote') return quoteItem(text, last, end);
  if (!isMenuWord(text, last) || last.boundary !== undefined) return undefined;
  let first = end;
  for (let k = end - 1; k >= from && end - k < MAX_ITEM_WORDS; k--) {
    const token = tokens[k];
    if (token?.kind !== 'word' || token.boundary !== undefined) break;
    if (isMenuWord(text, token) && !isVerbWord(text, tokens, k)) first = k;
    else if (!MENU_JOINERS.has(bareWord(text, token))) break;
  }
  return wordItem(text, tokens, first, end);
}

/** The item that starts at token `start`, after a separator. */
function itemAfter(text: string, tokens: readonly Token[], start: number, to: number): Items | undefined {
  const first = tokens[start];
  if (start >= to || first === undefined) return undefined;
  if (first.kind === 'quote') return quoteItem(text, first, start);
  if (!isMenuWord(text, first)) return undefined;
  let last = start;
  for (let k = start; k < to && k - start < MAX_ITEM_WORDS; k++) {
    const token = tokens[k];
    if (token?.kind !== 'word') break;
    if (isMenuWord(text, token)) last = k;
    else if (!MENU_JOINERS.has(bareWord(text, token))) break;
    if (token.boundary !== undefined) break;
  }
  return wordItem(text, tokens, start, last);
}

/** Unquoted words `first`..`last` as one item; it must start with a capital ("> 0" is a comparison). */
function wordItem(text: string, tokens: readonly Token[], first: number, last: number): Items | undefined {
  const start = tokens[first]?.start ?? 0;
  if (!isUpperAt(text, start)) return undefined;
  const item = oneLine(text.slice(start, tokens[last]?.contentEnd ?? start));
  // A word that ends a clause ends the path too: "Edit > Preferences, > 0" stops at "Preferences".
  const next = tokens[last]?.boundary === undefined ? last + 1 : Infinity;
  return { items: [item], quote: undefined, next };
}

/** A quoted item: one item, or several when the quote holds a whole path ('Edit > Preferences'). */
function quoteItem(text: string, token: Token, index: number): Items | undefined {
  const items = quotedItems(text, token);
  return items === undefined ? undefined : { items, quote: index, next: index + 1 };
}

/** A menu name written without quotes starts with a capital or a digit ("QuickBooks Desktop 2024"). */
function isMenuWord(text: string, token: Token): boolean {
  return token.kind === 'word' && (isUpperAt(text, token.start) || isDigitAt(text, token.start));
}

/**
 * Menu-path separators inside a quote ('Edit > Preferences', 'Edit -> Preferences'):
 * the same ones `separatorLength` reads between tokens, "->" tried first.
 */
const QUOTED_SEPARATOR = /->|[>→›»➪]/;

/** ASCII digits, which alone do not make a menu item: "> 0" is a comparison (other scripts' digits count, as everywhere in the parser). */
const DIGITS = /[0-9]/g;

/** The items of a quote split at its separators, on one line; `undefined` when an item has no letter ("> 0"). */
function quotedItems(text: string, token: Token): string[] | undefined {
  const items = text.slice(token.innerStart, token.innerEnd).split(QUOTED_SEPARATOR);
  return items.every((item) => WORD_CHARACTER.test(item.replace(DIGITS, ''))) ? items.map(oneLine) : undefined;
}
