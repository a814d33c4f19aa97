'use client';

import { type ComponentProps, type ReactNode, useMemo } from 'react';
import { type FixPlan, type FixStep, normalizeConductorError, parseFixSteps } from '../core/index.js';
import type { ConductorErrorStrings } from '../i18n/strings.js';
import { useConductorErrorStrings, useMessageIsUserFacing } from '../provider/context.js';
import { cx } from '../utils/cx.js';
import { fingerprintSteps, type UseFixStepsStateOptions, useFixStepsState } from './useFixStepsState.js';

/** Strings of the checklist that a prop can override one by one. */
export type QbdFixStepsStrings = Partial<
  Pick<ConductorErrorStrings, 'fixStepsLegend' | 'fixStepsProgress' | 'menuPathLabel'>
>;

/** Props of `QbdFixSteps`; the rest go to the root `<div>`. */
export interface QbdFixStepsProps
  extends Omit<ComponentProps<'div'>, 'children' | 'defaultChecked' | 'onChange'>,
    Omit<UseFixStepsStateOptions, 'count' | 'fingerprint'> {
  /** Remediation text to parse into steps, such as a Conductor `userFacingMessage`. */
  message?: string | undefined;
  /** A plan from `parseFixSteps`; wins over `message` and `error`. */
  steps?: FixPlan | undefined;
  /** Any error shape `normalizeConductorError` reads; its user-facing message is parsed. Used when neither `steps` nor `message` is given. */
  error?: unknown;
  /**
   * Read a `message` that came over the wire as the end-user text where there
   * is no `userFacingMessage`, for a backend that follows Conductor's documented
   * handlers. Off by default; only `true` turns it on. Wins over the provider's.
   */
  messageIsUserFacing?: boolean;
  /** Overrides for the legend, progress and menu-path strings. */
  strings?: QbdFixStepsStrings | undefined;
}

/** Quotes, backticks and markdown bold, which wrap a menu path, its items or a UI label. */
const QUOTES = `'"“”‘’\`*`;

/**
 * Hides the spoken form of a menu path visually but keeps it for screen
 * readers. Inline, not a class, so it holds without the stylesheet.
 */
const HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
} as const;

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const strs = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];

/**
 * The plan to show, from the first source given: `steps` (from plain JavaScript
 * it can be anything, so only well-formed steps are kept), else `message`
 * parsed, else the error's user-facing message parsed, else nothing.
 */
function planFrom(steps: unknown, message: string | undefined, error: unknown, messageIsUserFacing: boolean): FixPlan {
  if (steps === undefined) {
    const fromError =
      error === undefined ? '' : normalizeConductorError(error, { messageIsUserFacing }).userFacingMessage;
    return parseFixSteps(message ?? fromError);
  }
  try {
    const { intro, steps: list, outro } = Object(steps);
    return {
      intro: str(intro),
      steps: list.filter((step: FixStep) => typeof step?.text === 'string'),
      outro: str(outro),
    };
  } catch {
    // Not a plan, or a getter that throws: nothing trustworthy to show.
    return parseFixSteps('');
  }
}

/**
 * One step's words, verbatim, with its menu path as menu chips and its quoted
 * labels as UI-label chips, found by position in the text: whatever the parser
 * reported but the text does not hold stays plain text, so nothing is dropped.
 *
 * A menu path is nested `<kbd>`, as the HTML spec suggests for menu selections,
 * with its separators as plain text. Screen readers would read that as a run of
 * words and symbols, so it is hidden from them and a visually hidden sentence
 * (`say`, e.g. "Edit, then Preferences") is read instead. A label is a `<q>`:
 * the browser draws its quotes unstyled, and the stylesheet turns it into a chip.
 */
function stepText({ text, ...step }: FixStep, say: (items: readonly string[]) => string): ReactNode[] {
  const menuPath = strs(step.menuPath);
  const quoted = (index: number) => QUOTES.includes(text[index] ?? '!');
  // Each chip as [end, node], at the index where it starts; forEach and some visit them in text order.
  const chips: [number, ReactNode][] = [];
  let start = -1;
  let end = 0;
  for (const item of menuPath) {
    const at = item ? text.indexOf(item, end) : -1;
    if (at < 0) {
      start = -1;
      break;
    }
    if (start < 0) start = at;
    end = at + item.length;
  }
  if (start >= 0) {
    // The quotes or bold around the whole path belong to the chip.
    while (quoted(start - 1) && quoted(end)) {
      start -= 1;
      end += 1;
    }
    chips[start] = [
      end,
      [
        <span key="s" style={HIDDEN}>
          {say(menuPath)}
        </span>,
        // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a <kbd> is not focusable.
        <kbd key="k" aria-hidden="true">
          {menuPath.flatMap((item, index) => [
            index > 0 && ' › ',
            // Items can repeat, and the path never reorders: the index is a stable key.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above.
            <kbd key={index}>{item}</kbd>,
          ])}
        </kbd>,
      ],
    ];
  }
  for (const label of strs(step.labels)) {
    // The first quoted occurrence that no chip holds yet: a repeated label takes the next one.
    for (let at = label ? text.indexOf(label) : -1; at >= 0; at = text.indexOf(label, at + 1)) {
      const stop = at + label.length + 1;
      if (quoted(at - 1) && quoted(stop - 1) && !chips.some(([last], first) => first < stop && at <= last)) {
        chips[at - 1] = [stop, <q key={at}>{label}</q>];
        break;
      }
    }
  }
  const parts: ReactNode[] = [];
  let at = 0;
  chips.forEach(([last, chip], first) => {
    parts.push(text.slice(at, first), chip);
    at = last;
  });
  parts.push(text.slice(at));
  return parts;
}

/**
 * Turns remediation prose into what a bookkeeper can work through: the intro as
 * a paragraph, the steps as native checkboxes in an ordered list inside a
 * fieldset, progress as text in a polite live region, then the outro. Without
 * steps it renders just the paragraph(s): no empty checklist. Renders nothing
 * when there is no text at all.
 *
 * Styling hooks: `.cui-fix-steps`, with `[data-complete="true"]` once every step is
 * checked; its parts are plain elements: `p` (intro, outro), `fieldset`,
 * `legend`, `ol`, `li[data-checked="true|false"]`, `label`, `input`, `kbd`
 * (a menu path) holding one `kbd` per menu item, `q` (a UI label), and
 * `[role="status"]` (the progress).
 *
 * Saved progress is read after mount, so server rendering and hydration show
 * every step unchecked first. `ref` reaches the root `<div>` on React 19; React
 * 18 does not forward it.
 */
export function QbdFixSteps(props: QbdFixStepsProps): ReactNode {
  const { message, steps, error, strings, className, messageIsUserFacing: ownOptIn, ...divAndStateProps } = props;
  const messageIsUserFacing = useMessageIsUserFacing(ownOptIn);
  // The state options go to the hook below; naming them here keeps them off the <div>.
  const { checked, defaultChecked, onCheckedChange, onComplete, persistKey, storage, ...rest } = divAndStateProps;
  const { fixStepsLegend, fixStepsProgress, menuPathLabel } = { ...useConductorErrorStrings(), ...strings };
  // The fingerprint hashes every step's text: derived with the plan, not on every render.
  const [plan, fingerprint] = useMemo(() => {
    const parsed = planFrom(steps, message, error, messageIsUserFacing);
    return [parsed, fingerprintSteps(parsed.steps.map((step) => step.text))] as const;
  }, [steps, message, error, messageIsUserFacing]);
  const { intro, outro } = plan;
  const count = plan.steps.length;
  const state = useFixStepsState({ ...divAndStateProps, count, fingerprint });

  return intro || count || outro ? (
    <div {...rest} className={cx('cui-fix-steps', className)} data-complete={state.complete}>
      {intro && <p>{intro}</p>}
      {count > 0 && (
        <fieldset>
          <legend>{fixStepsLegend}</legend>
          {/* biome-ignore lint/a11y/noRedundantRoles: Safari drops the list role when the stylesheet removes the markers. */}
          <ol role="list">
            {plan.steps.map((step, index) => (
              // Steps come from one fixed text and never reorder; the same words can repeat, so the index is the key.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above.
              <li key={index} data-checked={state.checked[index]}>
                <label>
                  <input type="checkbox" checked={state.checked[index]} onChange={() => state.toggle(index)} />
                  {stepText(step, menuPathLabel)}
                </label>
              </li>
            ))}
          </ol>
          <p role="status">{fixStepsProgress(state.doneCount, count)}</p>
        </fieldset>
      )}
      {outro && <p>{outro}</p>}
    </div>
  ) : null;
}
