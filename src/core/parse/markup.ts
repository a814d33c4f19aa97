// Stage 1, markup: find the quoted, code and emphasised runs of a text, and
// mask their insides, so that no later stage splits a step or finds a list
// marker inside 'Yes, always; allow access' or **Edit > Preferences**.
import { isSpace, isWordChar, trimOf } from './chars.js';

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

/**
 * The first match of the global `pattern` at or after `from` (or the text's
 * length), remembered between calls: asked with a growing `from`, it reads
 * the text once, so a thousand unclosed quotes cost one pass, not a thousand.
 */
function nextMatch(text: string, pattern: RegExp): (from: number) => number {
  let found = -1;
  return (from) => {
    if (found < from) {
      pattern.lastIndex = from;
      found = pattern.exec(text)?.index ?? text.length;
    }
    return found;
  };
}

/** The spans of a text, in order and never nested (an outer span hides what it holds). */
export function findSpans(text: string): Span[] {
  // A quote closes at a closing mark of its kind that no letter follows: the
  // apostrophe of ‘Don’t show this again’ closes nothing.
  const single = nextMatch(text, /[’'](?![\p{L}\p{N}])/gu);
  const double = nextMatch(text, /[”"](?![\p{L}\p{N}])/gu);
  const closers: Record<string, (from: number) => number> = {
    '‘': single,
    "'": single,
    '“': double,
    '"': double,
    '`': nextMatch(text, /`/g),
    '*': nextMatch(text, /\*/g),
  };
  const spans: Span[] = [];
  const opening = /[‘'“"`*]/g;
  for (let found = opening.exec(text); found; found = opening.exec(text)) {
    const at = found.index;
    const char = found[0];
    // "**OK**" is bold and "*Preferences*" italic; "* Open QuickBooks" is a bullet (a space follows).
    const mark = char === '*' && text[at + 1] === '*' ? 2 : 1;
    const close = (closers[char] as (from: number) => number)(at + mark);
    // Bold closes at "**" only; a quote opens where no letter comes before it ("QuickBooks' settings").
    if (mark === 2 ? text[close + 1] !== '*' : char !== '`' && char !== '*' && isWordChar(text, at - 1)) continue;
    // Marks hug their words: no space just inside them ("5 * 3" is no italics), and nothing empty.
    const fits = close > at + mark && close < text.length && close + mark - at <= MAX_SPAN;
    if (fits && !isSpace(text, at + mark) && !isSpace(text, close - 1)) {
      spans.push({ start: at, end: close + mark, mark, label: char !== '*' || mark === 2 });
      opening.lastIndex = close + mark;
    }
  }
  return spans;
}

/**
 * Text on one line: trimmed, each run of whitespace made one space. A label or
 * menu item wrapped over two lines ('Allow this\n application ...') names the
 * same control as on one line.
 */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Whitespace that `oneLine` folds: a run of two, or any but a plain space. */
const UNFOLDED = /\s\s|[^\S ]/;

/** The marks that wrap a name: quotes, backticks, asterisks. */
const MARKS = '\'"“”‘’`*';

/**
 * The name a label or menu item is written with ("'Company Preferences'",
 * "**File**", "“OK.”"): marks trimmed, on one line (a label wrapped over two
 * lines names the same control), "&amp;" read as "&", and a lone final
 * period dropped ("Properties..." keeps its ellipsis).
 */
export function nameOf(written: string): string {
  // The "," or ";" that American style puts inside quotes goes too: “Preferences,” names Preferences.
  // Most names are on one line already: folding them is skipped.
  const folded = UNFOLDED.test(written) ? oneLine(written) : written.trim();
  const name = trimOf(folded, `${MARKS} `, `${MARKS},; `);
  const bare = name.endsWith('.') && !name.endsWith('..') ? name.slice(0, -1) : name;
  return bare.replaceAll('&amp;', '&');
}

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
  const masked = pieces.join('');
  return masked.includes('&') ? masked.replace(ENTITY, (entity) => `${entity.slice(0, -1)}_`) : masked;
}
