/**
 * Joins class names, skipping empty ones, so a caller's `className` merges
 * with ours. Only strings count: a `className` of another type from plain
 * JavaScript (a Symbol, an object whose `toString` throws) is left out rather
 * than converted, which could throw during render.
 */
export function cx(...names: ReadonlyArray<unknown>): string | undefined {
  return names.filter((name): name is string => typeof name === 'string' && name !== '').join(' ') || undefined;
}
