// Step one of parsing: one left-to-right pass that cuts the text into words,
// quoted stretches, menu-path separators and line breaks, each with its offsets
// into the text so later steps can slice the input verbatim.
import { markBoundaries } from './boundaries.js';
import { isQuoteMarkAt, type QuotedSpan, QuoteFinder } from './quotes.js';
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
  const quotes = new QuoteFinder(text);
  let i = 0;
  while (i < text.length) {
    const sep = separatorLength(text, i);
    const quoted = isQuoteMarkAt(text, i) ? quotes.at(i) : undefined;
    if (isSpaceAt(text, i)) i = readSpace(text, i, tokens);
    else if (sep > 0) i = push(tokens, 'sep', i, i + sep);
    else if (quoted) i = pushQuote(tokens, quoted);
    else i = readWord(text, i, quotes, tokens);
  }
  markBoundaries(text, tokens);
  return tokens;
}

/** Adds a token and returns where the next one starts. */
function push(tokens: Token[], kind: TokenKind, start: number, end: number): number {
  tokens.push({
    kind,
    start,
    end,
    contentEnd: end,
    boundary: undefined,
    innerStart: start,
    innerEnd: end,
    blank: false,
    indented: false,
  });
  return end;
}

/** Adds a quoted stretch as one token, so nothing inside it can split a step. */
function pushQuote(tokens: Token[], span: QuotedSpan): number {
  push(tokens, 'quote', span.start, span.end);
  const token = tokens[tokens.length - 1];
  if (token) {
    token.innerStart = span.innerStart;
    token.innerEnd = span.innerEnd;
  }
  return span.end;
}

/** Skips whitespace; a run that holds a line break becomes a `newline` token. */
function readSpace(text: string, start: number, tokens: Token[]): number {
  let end = start;
  let breaks = 0;
  let lastBreak = -1;
  while (end < text.length && isSpaceAt(text, end)) {
    if (text.charAt(end) === '\n') {
      breaks++;
      lastBreak = end;
    }
    end++;
  }
  if (breaks > 0) {
    push(tokens, 'newline', start, end);
    const token = tokens[tokens.length - 1];
    if (token) {
      token.blank = breaks > 1;
      token.indented = end > lastBreak + 1 && end < text.length;
    }
  }
  return end;
}

/** Reads a word: up to whitespace, a menu-path separator or an opening quote ("(“OK”)" is "(", a quote, ")"). */
function readWord(text: string, start: number, quotes: QuoteFinder, tokens: Token[]): number {
  let end = start + 1;
  while (
    end < text.length &&
    !isSpaceAt(text, end) &&
    separatorLength(text, end) === 0 &&
    !(isQuoteMarkAt(text, end) && quotes.at(end))
  ) {
    end++;
  }
  return push(tokens, 'word', start, end);
}
