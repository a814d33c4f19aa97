// Stage 1, markup: find the quoted, code and emphasised runs of a text, and
// mask their insides, so that no later stage splits a step or finds a list
// marker inside 'Yes, always; allow access' or **Edit > Preferences**.
import { oneLine } from './words.js';

/** A run of the text inside marks: quotes, backticks, `**` or `*`. */
export interface Span {
  /** Where its opening mark starts. */
  start: number;
  /** Where its closing mark ends. */
  end: number;
  /** The length of each mark: 2 for `**`, else 1. */
  mark: number;
  /** It names a UI control: quoted, in backticks or in bold. Italics only stress a word. */
  label: boolean;
}

/**
 * The longest span, marks included. A stray quote mark ("5' cable") then
 * costs a bounded look-ahead and masks no more than this.
 */
export const MAX_SPAN = 160;

/** Quote marks that open a span, and those that close it, single and double alike. */
const SINGLE = { open: '‘\'', close: '’\'' };
const DOUBLE = { open: '“"', close: '”"' };

const isSpace = (char: string | undefined): boolean => char === undefined || /\s/.test(char);
const isWordChar = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/**
 * The first position at or after `from` where `isStop` holds (or the text's
 * length), remembered between calls: asked with a growing `from`, it reads
 * each character once, so a thousand unclosed quotes cost one pass.
 */
function nextWhere(text: string, isStop: (at: number) => boolean): (from: number) => number {
  let found = -1;
  return (from) => {
    if (found < from) {
      found = from;
      while (found < text.length && !isStop(found)) found++;
    }
    return found;
  };
}

/** The spans of a text, in order and never nested (an outer span hides what it holds). */
export function findSpans(text: string): Span[] {
  // A quote closes at a closing mark of its kind that no letter follows: the
  // apostrophes of ‘Don’t show this again’ close nothing.
  const closingQuote = (marks: string) =>
    nextWhere(text, (at) => marks.includes(text.charAt(at)) && !isWordChar(text[at + 1]));
  const singleClose = closingQuote(SINGLE.close);
  const doubleClose = closingQuote(DOUBLE.close);
  const backtick = nextWhere(text, (at) => text[at] === '`');
  const star = nextWhere(text, (at) => text[at] === '*');
  const spans: Span[] = [];
  for (let at = 0; at < text.length; at++) {
    const char = text.charAt(at);
    // "**OK**" is bold and "*Preferences*" italic; "* Open QuickBooks" is a bullet (a space follows).
    const mark = char === '*' && text[at + 1] === '*' ? 2 : 1;
    let close = -1;
    if (char === '`') close = backtick(at + 1);
    else if (char === '*') {
      close = star(at + mark);
      // Bold closes at "**" only.
      if (mark === 2 && text[close + 1] !== '*') continue;
    }
    // A quote opens where no letter comes before it: "QuickBooks' settings" holds none.
    else if (isWordChar(text[at - 1])) continue;
    else if (SINGLE.open.includes(char)) close = singleClose(at + 1);
    else if (DOUBLE.open.includes(char)) close = doubleClose(at + 1);
    // Marks hug their words: no space just inside them ("5 * 3" is no italics), and nothing empty.
    const fits = close > at + mark && close < text.length && close + mark - at <= MAX_SPAN;
    if (fits && !isSpace(text[at + mark]) && !isSpace(text[close - 1])) {
      spans.push({ start: at, end: close + mark, mark, label: char !== '*' || mark === 2 });
      at = close + mark - 1;
    }
  }
  return spans;
}

/** Marks, spaces and the "," or ";" American style puts inside quotes, at the ends of a written name. */
const EDGES = /^['"“”‘’`*\s]+|['"“”‘’`*\s,;]+$/g;

/**
 * The name a label or menu item is written with ("'Company Preferences'",
 * "**File**", "“OK.”"): marks trimmed, on one line (a label wrapped over two
 * lines names the same control), "&amp;" read as "&", and a lone final
 * period dropped ("Properties..." keeps its ellipsis).
 */
export const nameOf = (written: string): string =>
  oneLine(written).replace(EDGES, '').replace(/(?<!\.)\.$/, '').replaceAll('&amp;', '&');

/**
 * An HTML entity ("&gt;", "&amp;"): its semicolon ends no clause, so "Edit
 * &gt; Preferences" and "Users &amp; Passwords" stay whole.
 */
const ENTITY = /&#?\w{1,8};/g;

/**
 * The text with each span's inside replaced by "_", the same length, so
 * offsets found in it point into the text. Its marks stay: a quoted label
 * still shows where it starts and ends.
 */
export function maskSpans(text: string, spans: readonly Span[]): string {
  const pieces: string[] = [];
  let at = 0;
  for (const { start, end, mark } of spans) {
    pieces.push(text.slice(at, start + mark), '_'.repeat(end - start - 2 * mark));
    at = end - mark;
  }
  pieces.push(text.slice(at));
  return pieces.join('').replace(ENTITY, (entity) => `${entity.slice(0, -1)}_`);
}
