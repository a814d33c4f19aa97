// Stage 4, parts: a step's text cut into plain words, menu paths and UI
// labels, in order, their texts concatenated giving the step's text back.
import type { FixStep, FixStepPart } from '../types.js';
import { nameOf, type Span } from './markup.js';
import { findMenuPaths, type MenuPath, type Separator } from './menu-paths.js';

/** The step `text[from, to)`, whose spans and separators are `spans` and `separators` (those inside it, in order). */
export function stepOf(
  text: string,
  from: number,
  to: number,
  spans: readonly Span[],
  separators: readonly Separator[],
): FixStep {
  const paths = separators.length > 0 ? findMenuPaths(text, from, to, spans, separators) : [];
  const parts: FixStepPart[] = [];
  const labels: string[] = [];
  let at = from;
  const add = (start: number, part: FixStepPart) => {
    if (start > at) parts.push({ kind: 'text', text: text.slice(at, start) });
    parts.push(part);
    at = start + part.text.length;
  };
  const addPath = ({ start, end, items }: MenuPath) =>
    add(start, { kind: 'menu', text: text.slice(start, end), items });
  let next = 0;
  for (const span of spans) {
    // The paths before this span, or around it: a span inside a path is part of it.
    while (next < paths.length && (paths[next] as MenuPath).start < span.end) addPath(paths[next++] as MenuPath);
    const written = text.slice(span.start, span.end);
    const label = span.label && span.start >= at ? nameOf(written) : '';
    if (label) {
      add(span.start, { kind: 'label', text: written, label });
      labels.push(label);
    }
  }
  paths.slice(next).forEach(addPath);
  if (to > at) parts.push({ kind: 'text', text: text.slice(at, to) });
  return { text: text.slice(from, to), parts, menuPath: paths[0]?.items, labels };
}
