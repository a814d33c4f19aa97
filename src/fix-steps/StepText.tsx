'use client';

import { Fragment } from 'react';
import type { FixStep } from '../core/types.js';
import { MenuPath, UiLabel } from './Chips.js';

/** A piece of a step's text, in order; all pieces together hold every word of the step. */
type StepSegment =
  | { kind: 'text'; text: string }
  | { kind: 'menu'; items: string[] }
  | { kind: 'label'; text: string; open: string; close: string };

/** Characters that wrap a menu path or its items: quotes, backticks, markdown bold. */
const PATH_WRAPPERS = new Set(["'", '"', '“', '”', '‘', '’', '`', '*']);

/** Opening quote → the closing quotes that end a label opened by it. */
const LABEL_QUOTES: ReadonlyMap<string, readonly string[]> = new Map([
  ["'", ["'", '’']],
  ['"', ['"', '”']],
  ['“', ['”', '"']],
  ['‘', ['’', "'"]],
  ['`', ['`']],
]);

interface Span {
  start: number;
  end: number;
  segment: StepSegment;
}

/** Where the menu path sits: from its first item to its last, with the quotes or bold around it. */
function findMenuPath(text: string, items: readonly string[]): Span | undefined {
  if (items.length === 0) return undefined;
  let cursor = 0;
  let start = -1;
  for (const item of items) {
    const at = item === '' ? -1 : text.indexOf(item, cursor);
    if (at < 0) return undefined;
    if (start < 0) start = at;
    cursor = at + item.length;
  }
  let end = cursor;
  while (
    start > 0 &&
    end < text.length &&
    PATH_WRAPPERS.has(text[start - 1] ?? '') &&
    PATH_WRAPPERS.has(text[end] ?? '')
  ) {
    start -= 1;
    end += 1;
  }
  return { start, end, segment: { kind: 'menu', items: [...items] } };
}

/** The next quoted occurrence of `label` at or after `from`, with its quotes. */
function findLabel(text: string, label: string, from: number): Span | undefined {
  if (label === '') return undefined;
  for (let at = text.indexOf(label, from); at >= 0; at = text.indexOf(label, at + 1)) {
    const open = text[at - 1] ?? '';
    const close = text[at + label.length] ?? '';
    if (at > 0 && LABEL_QUOTES.get(open)?.includes(close)) {
      return { start: at - 1, end: at + label.length + 1, segment: { kind: 'label', text: label, open, close } };
    }
  }
  return undefined;
}

function overlaps(span: Span, others: readonly Span[]): boolean {
  return others.some((other) => span.start < other.end && other.start < span.end);
}

/**
 * Splits a step's text into plain text, its menu path and its quoted UI labels,
 * found by position in the verbatim text. Anything the parser reported but the
 * text does not contain stays plain text, so nothing is ever dropped.
 */
function segmentStep(step: Pick<FixStep, 'text' | 'menuPath' | 'labels'>): StepSegment[] {
  const text = step.text;
  const spans: Span[] = [];
  const menu = Array.isArray(step.menuPath) ? findMenuPath(text, step.menuPath) : undefined;
  if (menu) spans.push(menu);
  let cursor = 0;
  for (const label of Array.isArray(step.labels) ? step.labels : []) {
    let span = findLabel(text, label, cursor);
    // A label inside the menu path (each item quoted) is already shown as a menu item.
    while (span && overlaps(span, spans)) span = findLabel(text, label, span.start + 2);
    if (!span) continue;
    spans.push(span);
    cursor = span.end;
  }
  spans.sort((a, b) => a.start - b.start);

  const segments: StepSegment[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start > at) segments.push({ kind: 'text', text: text.slice(at, span.start) });
    segments.push(span.segment);
    at = span.end;
  }
  if (at < text.length) segments.push({ kind: 'text', text: text.slice(at) });
  return segments;
}

/** Props of `StepText`. */
export interface StepTextProps {
  /** The step to render. */
  step: FixStep;
  /** How a screen reader hears a menu path. */
  menuPathLabel: (items: readonly string[]) => string;
}

/**
 * One step's words, verbatim, with its menu path as menu chips and its quoted
 * labels as UI-label chips.
 */
export function StepText({ step, menuPathLabel }: StepTextProps) {
  return segmentStep(step).map((segment, index) => {
    // Segments are derived from a fixed text and never reorder: the index is a stable key.
    const key = `${segment.kind}-${index}`;
    if (segment.kind === 'text') return <Fragment key={key}>{segment.text}</Fragment>;
    if (segment.kind === 'menu') {
      return <MenuPath key={key} items={segment.items} spokenLabel={menuPathLabel(segment.items)} />;
    }
    return <UiLabel key={key} text={segment.text} open={segment.open} close={segment.close} />;
  });
}
