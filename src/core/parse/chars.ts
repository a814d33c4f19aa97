// Character tests every stage uses. Quick for ASCII, which most text is, and
// exact for the rest through Unicode classes.

/** Whether the character at `at` is white space, as `\s` reads it (not when `at` is outside the text). */
export function isSpace(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(text.charAt(at)));
}

/** Whether the character at `at` is a letter or a digit. */
export function isWordChar(text: string, at: number): boolean {
  const code = text.charCodeAt(at) | 32; // ASCII letters in lower case
  if (code >= 97 && code <= 122) return true;
  const char = text.charAt(at);
  return (char >= '0' && char <= '9') || (code > 127 && /[\p{L}\p{N}]/u.test(char));
}

/**
 * Where the spaces and tabs just before `at` start (`at` when there are none):
 * a list marker or a menu separator is told by what stands before them on
 * their line.
 */
export function blanksBefore(text: string, at: number): number {
  let start = at;
  while (text[start - 1] === ' ' || text[start - 1] === '\t') start--;
  return start;
}

/** `text` without any of `leading` at its start and any of `trailing` at its end. */
export function trimOf(text: string, leading: string, trailing: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && leading.includes(text.charAt(start))) start++;
  while (end > start && trailing.includes(text.charAt(end - 1))) end--;
  return text.slice(start, end);
}
