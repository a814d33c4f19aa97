// What QbdFixSteps shows, read from whatever the app passed. A plan handed in
// as `steps` can come from plain JavaScript, a cache or another version of the
// parser: any property may be missing, of the wrong type, a getter that throws
// or a Proxy trap that throws. Everything here reads each value once, inside a
// `try`, and keeps every word it can read. Each check is one pass over what it
// reads, so reading is linear in the plan's size.
import { type FixPlan, type FixStepPart, normalizeConductorError, parseFixSteps } from '../core/index.js';
// The core's guarded read: a property, or `undefined` when there is none or reading it throws.
import { read } from '../core/normalize/read.js';

/**
 * More steps than this show as paragraphs: a checklist of hundreds of boxes
 * helps no one, and each box costs layout. The longest real remediation texts
 * we know run to about a dozen steps.
 */
export const MAX_CHECKLIST_STEPS = 50;

/**
 * A message longer than this (in UTF-16 code units, about 20 kB of English)
 * shows as paragraphs without being parsed: no remediation text is that long,
 * so it is a log or a dump pasted into the message, not steps.
 */
export const MAX_CHECKLIST_CHARS = 20_000;

/** A step as the checklist draws it: its verbatim text, and parts that concatenate to it exactly. */
export interface ShownStep {
  text: string;
  parts: FixStepPart[];
}

/** The checklist (steps may be empty: then intro and outro are plain paragraphs), or the whole text as paragraphs. */
export type Shown =
  | { layout: 'checklist'; intro: string; steps: ShownStep[]; outro: string }
  | { layout: 'text'; paragraphs: string[] };

const readText = (value: unknown, key: string): string => {
  const text = read(value, key);
  return typeof text === 'string' ? text : '';
};

/**
 * The most entries read from one list. A Proxy can claim any length; real plans
 * stay far below this (5 MB of prose parses into about 150,000 steps).
 */
const MAX_LIST_LENGTH = 2 ** 20;

/** The entries of an array, each read on its own, so one that throws loses only itself. Not an array: none. */
function readList(value: unknown): unknown[] {
  let length: unknown = 0;
  try {
    // Array.isArray throws for a revoked Proxy; `length` can be a trap too.
    if (Array.isArray(value)) length = value.length;
  } catch {
    return [];
  }
  const count = Number.isSafeInteger(length) ? Math.min(Math.max(length as number, 0), MAX_LIST_LENGTH) : 0;
  return Array.from({ length: count }, (_, index) => read(value, index));
}

/**
 * One part as it may be drawn. A chip whose own fields are malformed (no
 * items, an item that is not text, an empty label) becomes plain words: its
 * text is verbatim, so nothing is lost, and no wrong chip is shown.
 */
function readPart(value: unknown): FixStepPart | undefined {
  const text = read(value, 'text');
  if (typeof text !== 'string' || text === '') return undefined;
  const kind = read(value, 'kind');
  if (kind === 'menu') {
    const items = readList(read(value, 'items'));
    if (items.length > 0 && items.every((item) => typeof item === 'string' && item.trim() !== '')) {
      return { kind, text, items: items as string[] };
    }
  } else if (kind === 'label') {
    const label = read(value, 'label');
    if (typeof label === 'string' && label.trim() !== '') return { kind, text, label };
  }
  return { kind: 'text', text };
}

/**
 * The step's parts when they are the step's text cut into pieces, in order and
 * with nothing missing or added; otherwise the whole text as plain words.
 */
function readParts(value: unknown, text: string): FixStepPart[] {
  const whole: FixStepPart[] = [{ kind: 'text', text }];
  const parts: FixStepPart[] = [];
  let at = 0;
  for (const item of readList(value)) {
    const part = readPart(item);
    // Each part must be the very next piece of the text, or the parts would drop or invent words.
    if (!part || !text.startsWith(part.text, at)) return whole;
    parts.push(part);
    at += part.text.length;
  }
  return at === text.length && parts.length > 0 ? parts : whole;
}

/** A step with text to show, or `undefined`: a step without words would be a nameless checkbox. */
function readStep(value: unknown): ShownStep | undefined {
  const text = readText(value, 'text');
  return text.trim() ? { text, parts: readParts(read(value, 'parts'), text) } : undefined;
}

/** A plan's texts as paragraphs, in order: intro, each step, outro. */
const planParagraphs = (intro: string, steps: readonly { text: string }[], outro: string): string[] =>
  [intro, ...steps.map((step) => step.text), outro].filter((text) => text.trim() !== '');

/**
 * A text as paragraphs: split at blank lines, each trimmed; single line breaks
 * stay inside their paragraph (the stylesheet shows them).
 */
export function textParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  let lines: string[] = [];
  for (const line of `${text}\n`.split('\n')) {
    if (line.trim() !== '') lines.push(line);
    else if (lines.length > 0) {
      paragraphs.push(lines.join('\n').trim());
      lines = [];
    }
  }
  return paragraphs;
}

/** A parsed message, or its text as paragraphs when it is too long or has too many steps for a checklist. */
function fromMessage(text: string): Shown {
  if (text.length > MAX_CHECKLIST_CHARS) return { layout: 'text', paragraphs: textParagraphs(text) };
  const { intro, steps, outro }: FixPlan = parseFixSteps(text);
  if (steps.length > MAX_CHECKLIST_STEPS) return { layout: 'text', paragraphs: textParagraphs(text) };
  const shown = steps.map(readStep).filter((step) => step !== undefined);
  return { layout: 'checklist', intro, steps: shown, outro };
}

/** A plan from the app, read defensively, or its texts as paragraphs when it is too big for a checklist. */
function fromPlan(plan: unknown): Shown {
  const intro = readText(plan, 'intro');
  const outro = readText(plan, 'outro');
  const steps = readList(read(plan, 'steps'))
    .map(readStep)
    .filter((step) => step !== undefined);
  const length = steps.reduce((sum, step) => sum + step.text.length, intro.length + outro.length);
  return steps.length > MAX_CHECKLIST_STEPS || length > MAX_CHECKLIST_CHARS
    ? { layout: 'text', paragraphs: planParagraphs(intro, steps, outro) }
    : { layout: 'checklist', intro, steps, outro };
}

/**
 * What to show, from the first source given: `steps` (a plan), else `message`,
 * else the error's user-facing message, else nothing. Never throws.
 */
export function readShown(steps: unknown, message: unknown, error: unknown, messageIsUserFacing: boolean): Shown {
  if (steps !== undefined) return fromPlan(steps);
  const text =
    message ?? (error === undefined ? '' : normalizeConductorError(error, { messageIsUserFacing }).userFacingMessage);
  return fromMessage(typeof text === 'string' ? text : '');
}
