'use client';

import { type ComponentProps, type ReactNode, useCallback, useMemo } from 'react';
import type { FixPlan } from '../core/index.js';
import { callText } from '../i18n/merge.js';
import { type ConductorErrorStrings, en } from '../i18n/strings.js';
import { useMessageIsUserFacing, useStringsWith } from '../provider/context.js';
import { cx } from '../utils/cx.js';
import { capitalized, FixStepRow } from './FixStepRow.js';
import { readShown } from './read-plan.js';
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
  /**
   * A plan from `parseFixSteps` (or `useConductorError`); wins over `message`
   * and `error`. Its steps are drawn from their `parts`; a step whose parts are
   * missing or do not concatenate to its text is drawn as plain words.
   */
  steps?: FixPlan | undefined;
  /** Any error shape `normalizeConductorError` reads; its user-facing message is parsed. Used when neither `steps` nor `message` is given. */
  error?: unknown;
  /** Overrides for the legend, progress and menu-path strings. */
  strings?: QbdFixStepsStrings | undefined;
  /**
   * Read a `message` that came over the wire as the end-user text where there
   * is no `userFacingMessage`, for a backend that follows Conductor's documented
   * handlers. Off by default; only `true` turns it on. Wins over the provider's.
   */
  messageIsUserFacing?: boolean;
}

/**
 * The intro as shown above steps: a lead-in that ends in a comma ("… To fix
 * this,") ends in a colon instead, as it now introduces a list. Display only.
 */
function leadIn(intro: string): string {
  const trimmed = intro.trimEnd();
  return trimmed.endsWith(',') ? `${trimmed.slice(0, -1)}:` : intro;
}

/**
 * Turns remediation prose into what a bookkeeper can work through: the intro as
 * a paragraph, the steps as native checkboxes in an ordered list inside a
 * fieldset, progress as text in a polite live region, then the outro. Without
 * steps it renders just the paragraph(s): no empty checklist. Renders nothing
 * when there is no text at all. On screen each step starts with a capital and
 * an intro ending in a comma ends in a colon; the plan's texts are not changed.
 *
 * A message over 20,000 characters (not parsed at all) or with more than 50
 * steps shows as paragraphs, every word and line break kept, with no checklist. Below that, ticking a step re-renders that
 * step's row only.
 *
 * Styling hooks: `.cui-fix-steps`, with `[data-layout="checklist|text"]` and
 * `[data-complete="true"]` once every step is checked; its parts are plain
 * elements: `p` (intro, outro, or each paragraph), `fieldset`, `legend`, `ol`,
 * `li[data-checked="true|false"]`, `label`, `input`, `kbd` (a menu path)
 * holding one `kbd` per menu item, `q` (a UI label), and `[role="status"]`
 * (the progress).
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
  const { fixStepsLegend, fixStepsProgress, menuPathLabel } = useStringsWith(strings);
  // A translator that throws falls back to English for that call. Stable while
  // the translation is, so the rows' memo holds.
  const say = useCallback(
    (items: readonly string[]) => callText(menuPathLabel, en.menuPathLabel, items),
    [menuPathLabel],
  );
  // Read, validated and fingerprinted once per source, not on every render.
  const [shown, fingerprint] = useMemo(() => {
    const read = readShown(steps, message, error, messageIsUserFacing);
    return [read, read.layout === 'checklist' ? fingerprintSteps(read.steps.map((step) => step.text)) : ''] as const;
  }, [steps, message, error, messageIsUserFacing]);
  const list = shown.layout === 'checklist' ? shown.steps : [];
  const count = list.length;
  const state = useFixStepsState({ ...divAndStateProps, count, fingerprint });
  const root = { ...rest, className: cx('cui-fix-steps', className), 'data-complete': state.complete };

  if (shown.layout === 'text') {
    return (
      <div {...root} data-layout="text">
        {shown.paragraphs.map((paragraph, index) => (
          // The paragraphs of one fixed text, never reordered.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above.
          <p key={index}>{paragraph}</p>
        ))}
      </div>
    );
  }
  const { intro, outro } = shown;
  return intro || count || outro ? (
    <div {...root} data-layout={count ? 'checklist' : 'text'}>
      {intro && <p>{count ? leadIn(intro) : intro}</p>}
      {count > 0 && (
        <fieldset>
          <legend>{fixStepsLegend}</legend>
          {/* biome-ignore lint/a11y/noRedundantRoles: Safari drops the list role when the stylesheet removes the markers. */}
          <ol role="list">
            {list.map((step, index) => (
              <FixStepRow
                // Steps come from one fixed text and never reorder; the same words can repeat, so the index is the key.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above.
                key={index}
                step={step}
                index={index}
                checked={state.checked[index] === true}
                onToggle={state.toggle}
                say={say}
              />
            ))}
          </ol>
          <p role="status">{callText(fixStepsProgress, en.fixStepsProgress, state.doneCount, count)}</p>
        </fieldset>
      )}
      {outro && <p>{count ? capitalized(outro) : outro}</p>}
    </div>
  ) : null;
}
