/** Joins class names, skipping empty ones, so a caller's `className` merges with ours. */
export function cx(...names: ReadonlyArray<string | false | null | undefined>): string | undefined {
  return names.filter(Boolean).join(' ') || undefined;
}
