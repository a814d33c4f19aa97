// Step one of parsing: one left-to-right pass that cuts the text into words,
// quoted stretches, menu-path separators and line breaks, each with its offsets
// into the text so later steps can slice the input verbatim.
import { markBoundaries } from './boundaries.js';
import { type QuotedSpan, quoteFinder } from './quotes.js';
import { isSpaceAt, separatorLength } from './words.js';

/** What a token is. */
export type TokenKind = 'word' | 'quote' | 'sep' | 'newline';

/**
 * Punctuation at the end of a token that ends a clause: `,` and `;` end a
 * clause, `:` introduces what follows ("Here are the steps:"), `.`, `!`, `?`
 * end a sentence.
 */
export type Boundary = 'clause' | 'colon' | 'sentence';

/** One piece of the text. */
export interface Token {
  /** What the piece is. */
  kind: TokenKind;
  /** Offset of its first character. */
  start: number;
  /** Offset just past its last character. */
  end: number;
  /** Where its own words end: before trailing boundary punctuation ("Desktop," ends before the comma). */
  contentEnd: number;
  /** The punctuation that ends a clause after this token, if any. */
  boundary: Boundary | undefined;
  /** For quotes: where the quoted words start. Otherwise `start`. */
  innerStart: number;
  /** For quotes: where the quoted words end. Otherwise `end`. */
  innerEnd: number;
  /** For line breaks: an empty line, which ends a paragraph and any list written one item per line. */
  blank: boolean;
  /** For line breaks: the next line is indented, so it continues the line before (a wrapped list item). */
  indented: boolean;
}

/** Cuts `text` into tokens, with clause boundaries marked. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const quoteAt = quoteFinder(text);
  // A run of whitespace, matched where the scanner meets its first character (sticky, so it never searches ahead).
  const spaceRun = /\s+/y;
  /** Adds a token; a quoted stretch keeps where its words lie inside the marks. */
  const push = (kind: TokenKind, start: number, end: number, inner?: QuotedSpan): Token => {
    const token: Token = {
      kind,
      start,
      end,
      contentEnd: end,
      boundary: undefined,
      innerStart: inner?.innerStart ?? start,
      innerEnd: inner?.innerEnd ?? end,
      blank: false,
      indented: false,
    };
    tokens.push(token);
    return token;
  };
  /** Whether a word goes on at `i`: not at whitespace, a menu-path separator or an opening quote ("(“OK”)" is "(", a quote, ")"). */
  const wordGoesOnAt = (i: number): boolean =>
    i < text.length && !isSpaceAt(text, i) && separatorLength(text, i) === 0 && quoteAt(i) === undefined;

  let i = 0;
  while (i < text.length) {
    const start = i;
    const sep = separatorLength(text, i);
    const quote = quoteAt(i);
    if (isSpaceAt(text, i)) {
      spaceRun.lastIndex = i;
      const space = spaceRun.exec(text)?.[0] ?? ' ';
      i += space.length;
      // A run of whitespace that holds a line break is a `newline` token.
      const lastBreak = space.lastIndexOf('\n');
      if (lastBreak < 0) continue;
      const token = push('newline', start, i);
      token.blank = space.indexOf('\n') < lastBreak;
      token.indented = lastBreak < space.length - 1 && i < text.length;
    } else if (sep > 0) {
      i = push('sep', i, i + sep).end;
    } else if (quote) {
      // A quoted stretch is one token, so nothing inside it can split a step.
      i = push('quote', quote.start, quote.end, quote).end;
    } else {
      do i++;
      while (wordGoesOnAt(i));
      push('word', start, i);
    }
  }
  markBoundaries(text, tokens);
  return tokens;
}
