/** Joins class names, skipping empty ones, so a caller's `className` merges with ours. */
export function cx(...names: ReadonlyArray<string | false | null | undefined>): string | undefined {
  const joined = names.filter(Boolean).join(' ');
  return joined === '' ? undefined : joined;
}
