'use client';

import { type ComponentProps, useMemo } from 'react';
import { normalizeConductorError, parseFixSteps } from '../core/index.js';
import type { FixPlan, FixStep } from '../core/types.js';
import type { ConductorErrorStrings } from '../i18n/strings.js';
import { useConductorErrorStrings } from '../provider/context.js';
import { cx } from '../utils/cx.js';
import { stepText } from './StepText.js';
import { fingerprintSteps } from './storage.js';
import { type UseFixStepsStateOptions, useFixStepsState } from './useFixStepsState.js';

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
  /** The checklist's legend; defaults to the `fixStepsLegend` string. */
  legend?: string | undefined;
  /** Overrides for the legend, progress and menu-path strings. */
  strings?: QbdFixStepsStrings | undefined;
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
}

/** A step with the right shape, or `undefined` for one without text. `Object()` makes null and primitives destructurable. */
function toStep(value: unknown): FixStep | undefined {
  const { text, menuPath, labels } = Object(value) as Partial<Record<keyof FixStep, unknown>>;
  if (typeof text !== 'string') return undefined;
  return { text, menuPath: Array.isArray(menuPath) ? stringsOf(menuPath) : undefined, labels: stringsOf(labels) };
}

/**
 * A well-formed plan from whatever a caller passed as `steps`: plain JavaScript
 * callers can hand over anything, and the checklist must still render.
 */
function toPlan(value: unknown): FixPlan {
  try {
    const { intro, steps, outro } = Object(value) as Partial<Record<keyof FixPlan, unknown>>;
    return {
      intro: textOf(intro),
      steps: Array.isArray(steps) ? steps.map(toStep).filter((step) => step !== undefined) : [],
      outro: textOf(outro),
    };
  } catch {
    // A getter that throws: nothing trustworthy to show.
    return { intro: '', steps: [], outro: '' };
  }
}

/**
 * The plan to show, from the first source given: `steps`, else `message`
 * parsed, else the error's user-facing message parsed; with none of them, the
 * empty text's empty plan.
 */
function planFrom(steps: unknown, message: unknown, error: unknown): FixPlan {
  if (steps !== undefined) return toPlan(steps);
  if (typeof message === 'string') return parseFixSteps(message);
  return parseFixSteps(error === undefined ? '' : normalizeConductorError(error).userFacingMessage);
}

/**
 * Turns remediation prose into what a bookkeeper can work through: the intro as
 * a paragraph, the steps as native checkboxes in an ordered list inside a
 * fieldset, progress as text in a polite live region, then the outro. Without
 * steps it renders just the paragraph(s): no empty checklist. Renders nothing
 * when there is no text at all.
 *
 * Styling hooks: `.cui-fix-steps`; `[data-complete]` on the root when every step
 * is checked; `[data-slot="step"][data-checked="true|false"]`; parts
 * `[data-slot="intro"]`, `[data-slot="checklist"]`, `[data-slot="legend"]`,
 * `[data-slot="steps"]`, `[data-slot="checkbox"]`, `[data-slot="step-text"]`,
 * `[data-slot="menu-path"]`, `[data-slot="menu-item"]`, `[data-slot="menu-separator"]`,
 * `[data-slot="ui-label"]`, `[data-slot="ui-label-quote"]`, `[data-slot="progress"]`,
 * `[data-slot="outro"]`.
 *
 * Saved progress is read after mount, so server rendering and hydration show
 * every step unchecked first. `ref` reaches the root `<div>` on React 19; React
 * 18 does not forward it.
 */
export function QbdFixSteps(props: QbdFixStepsProps) {
  const { message, steps, error, legend, strings: overrides, className, ...divAndStateProps } = props;
  // The state options go to the hook below; naming them here keeps them off the <div>.
  const { checked, defaultChecked, onCheckedChange, onComplete, persistKey, storage, ...rest } = divAndStateProps;
  const strings = { ...useConductorErrorStrings(), ...overrides };
  const plan = useMemo(() => planFrom(steps, message, error), [steps, message, error]);
  const { intro, outro } = plan;
  const items = plan.steps;
  const fingerprint = useMemo(() => fingerprintSteps(items.map((step) => step.text)), [items]);
  const state = useFixStepsState({ ...divAndStateProps, count: items.length, fingerprint });

  if (intro === '' && items.length === 0 && outro === '') return null;

  return (
    <div
      {...rest}
      className={cx('cui-fix-steps', className)}
      data-slot="fix-steps"
      data-complete={state.complete ? 'true' : undefined}
    >
      {intro !== '' ? <p data-slot="intro">{intro}</p> : null}
      {items.length > 0 ? (
        <fieldset data-slot="checklist">
          <legend data-slot="legend">{legend ?? strings.fixStepsLegend}</legend>
          <ol data-slot="steps">
            {items.map((step, index) => {
              const done = state.checked[index] === true;
              return (
                // Steps come from one fixed text and never reorder; the same words can repeat, so the index is the key.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above.
                <li key={index} data-slot="step" data-checked={done ? 'true' : 'false'}>
                  <label data-slot="step-label">
                    <input type="checkbox" data-slot="checkbox" checked={done} onChange={() => state.toggle(index)} />{' '}
                    <span data-slot="step-text">{stepText(step, strings.menuPathLabel)}</span>
                  </label>
                </li>
              );
            })}
          </ol>
          <p role="status" aria-live="polite" data-slot="progress">
            {strings.fixStepsProgress(state.doneCount, items.length)}
          </p>
        </fieldset>
      ) : null}
      {outro !== '' ? <p data-slot="outro">{outro}</p> : null}
    </div>
  );
}
