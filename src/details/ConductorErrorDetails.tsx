'use client';
import * as Dialog from '@radix-ui/react-dialog';
import { type ComponentProps, isValidElement, type ReactElement, type ReactNode, useId } from 'react';
import { CopyRequestIdButton, useCopyButton } from '../copy/CopyRequestIdButton.js';
import { filled, guard } from '../core/normalize/read.js';
import { FixStepsProgressScope } from '../fix-steps/progress-store.js';
import { QbdFixSteps, type QbdFixStepsProps } from '../fix-steps/QbdFixSteps.js';
import type { ConductorErrorStringOverrides, ConductorErrorStrings } from '../i18n/strings.js';
import { StringsScope } from '../provider/ConductorErrorProvider.js';
import { useConductorErrorStrings } from '../provider/context.js';
import { useConductorError } from '../use-conductor-error.js';
import { callSafely } from '../utils/call-safely.js';
import { cx } from '../utils/cx.js';
import { propsObject } from '../utils/props.js';

/** Props of `ConductorErrorDetails`; the rest go to the dialog's content element. */
export interface ConductorErrorDetailsProps extends Omit<ComponentProps<'div'>, 'children' | 'title'> {
  /** Whatever the backend sent: any shape `normalizeConductorError` reads. Never throws on bad input. */
  error: unknown;
  /** The dialog's title; defaults to the title for the error's code or type. */
  title?: string;
  /** Title overrides keyed by error code or type, merged over the provider's. */
  titles?: Readonly<Record<string, string>>;
  /** Overrides for any built-in string, for this dialog only. */
  strings?: ConductorErrorStringOverrides;
  /**
   * Lists the developer `message` among the technical details. It can hold SQL,
   * keys or stack traces: only for admin and developer screens. Default `false`;
   * only `true` turns it on (`"false"` or `1` from plain JavaScript do not).
   */
  showDeveloperDetails?: boolean;
  /**
   * Read a `message` that came over the wire as the end-user text where there
   * is no `userFacingMessage`, for a backend that follows Conductor's documented
   * handlers. Off by default; only `true` turns it on. Wins over the provider's.
   */
  messageIsUserFacing?: boolean;
  /**
   * The element that opens the dialog (rendered through Radix's `asChild`, so
   * it must accept a ref and props: a `<button>` is best). Defaults to a button
   * reading the `showDetails` string; `null` renders no trigger, for controlled use.
   */
  trigger?: ReactElement | null;
  /** Controlled open state; pair with `onOpenChange`. */
  open?: boolean;
  /** Uncontrolled initial open state. */
  defaultOpen?: boolean;
  /**
   * Called when the dialog asks to open or close (trigger, Escape, close button,
   * click outside). A throw or rejection is reported with `console.error`.
   */
  onOpenChange?: (open: boolean) => void;
  /**
   * Called as the dialog closes, before focus moves. Radix returns focus to its
   * own trigger; without one (controlled use), call `event.preventDefault()` and
   * focus whatever opened the dialog yourself. Called as the focus trap
   * unmounts, where a throw would unmount the page: one is reported with
   * `console.error` instead.
   */
  onCloseAutoFocus?: (event: Event) => void;
  /** Where to portal the dialog; defaults to `document.body`. Inside a `[data-theme]` wrapper, pass it to inherit its theme. */
  container?: HTMLElement | null;
  /** Language of the error's own text, set as its `lang`; Conductor writes in English. Default `'en'`. */
  messageLang?: string;
  /** Props for the fix-steps checklist, e.g. `persistKey` to keep progress across reloads. */
  fixStepsProps?: Omit<QbdFixStepsProps, 'steps' | 'message' | 'error'>;
}

/**
 * One technical fact: its label, its value in `<code>` (the developer message
 * in `<pre>`), and a copy button whose short visible text ("Copy") keeps the
 * table narrow while its accessible name says which fact ("Copy Error code"),
 * since a screen reader's list of buttons would otherwise read "Copy" five times.
 */
function Fact({
  label,
  value,
  pre,
  strings,
}: {
  label: string;
  value: string;
  pre: boolean;
  strings: ConductorErrorStrings;
}) {
  const [, copy] = useCopyButton(
    () => value,
    { 'data-slot': 'details-copy', 'aria-label': `${strings.copyValue} ${label}`, children: strings.copyValue },
    strings,
  );
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        {pre ? <pre>{value}</pre> : <code>{value}</code>} {copy}
      </dd>
    </div>
  );
}

/**
 * A modal dialog with everything about an error: the title, the user-facing
 * text with its fix steps as a checklist, and the technical facts support asks
 * for (code, type, QuickBooks code, HTTP status, request id), each with a copy
 * button, plus a button copying all of them as support details. Built on Radix
 * Dialog: focus moves in and is trapped, Escape closes, focus returns to the
 * trigger, a click outside closes. Never throws on `error`. Radix's overlay is
 * left out (its scroll lock alone is about 4 kB): the stylesheet dims the page
 * with a shadow and stops the page scrolling while the dialog is open.
 *
 * Styling hooks (the content is portalled, so style by class or slot):
 * `.cui-details` with `[data-severity="warning|error"]` and `[data-state="open|closed"]`;
 * `.cui-details-trigger`; the title `h2`, the message
 * `[data-slot="details-message"]`, the facts `section` with its `h3` and `dl`,
 * their copy buttons `[data-slot="details-copy"][data-state="idle|copied|failed"]`,
 * `[data-slot="details-actions"]` and `[data-slot="details-close"]`.
 *
 * `ref` reaches the content element on React 19; React 18 does not forward it.
 */
export function ConductorErrorDetails({ strings, titles, ...props }: ConductorErrorDetailsProps): ReactNode {
  return (
    <StringsScope strings={strings} titles={titles}>
      {/* Progress outlives the closed dialog's content, and inside an alert it is the alert's. */}
      <FixStepsProgressScope>
        <DetailsDialog {...props} />
      </FixStepsProgressScope>
    </StringsScope>
  );
}

function DetailsDialog({
  error,
  title: titleProp,
  showDeveloperDetails,
  trigger,
  open,
  defaultOpen,
  onOpenChange,
  onCloseAutoFocus,
  container,
  messageLang: messageLangProp,
  fixStepsProps: fixStepsPropsProp,
  messageIsUserFacing,
  className,
  ...rest
}: Omit<ConductorErrorDetailsProps, 'strings' | 'titles'>): ReactNode {
  // What reaches the DOM or a child is checked: from plain JavaScript any of these may be of any type.
  const title = filled(titleProp);
  const messageLang = filled(messageLangProp) ?? 'en';
  const fixStepsProps = propsObject(fixStepsPropsProp);
  const strings = useConductorErrorStrings();
  const view = useConductorError(error, { messageIsUserFacing });
  const normalized = view.error;
  const headingId = useId();
  // Facts the error does not have are left out rather than shown as blanks to puzzle over.
  const facts = [
    [strings.code, normalized.code],
    [strings.type, normalized.type],
    [strings.integrationCode, normalized.integrationCode],
    [strings.httpStatus, normalized.httpStatusCode],
    [strings.requestId, normalized.requestId],
    // Exactly `true`: a truthy `"false"` must not reveal what can hold SQL, keys or stack traces.
    [strings.developerMessage, showDeveloperDetails === true && normalized.message],
  ] as const;
  return (
    <Dialog.Root
      // Booleans only: Radix keeps a truthy non-boolean and renders it into attributes.
      open={typeof open === 'boolean' ? open : undefined}
      defaultOpen={defaultOpen === true}
      onOpenChange={(next) => callSafely('onOpenChange', onOpenChange, next)}
    >
      {trigger !== null && (
        <Dialog.Trigger asChild>
          {/* A trigger that is no element (a string or object from plain JavaScript) gets the built-in button. */}
          {guard(() => isValidElement(trigger)) ? (
            trigger
          ) : (
            <button type="button" className="cui-details-trigger">
              {strings.showDetails}
            </button>
          )}
        </Dialog.Trigger>
      )}
      <Dialog.Portal container={container}>
        <Dialog.Content
          lang={strings.locale}
          dir={strings.dir}
          {...rest}
          onCloseAutoFocus={(event) => callSafely('onCloseAutoFocus', onCloseAutoFocus, event)}
          className={cx('cui-details', className)}
          data-severity={normalized.severity}
        >
          <Dialog.Title>{title ?? view.title}</Dialog.Title>
          {/* The message is the dialog's description, so screen readers read it on open. */}
          <Dialog.Description asChild>
            <div data-slot="details-message" lang={messageLang}>
              <QbdFixSteps {...fixStepsProps} steps={view.plan} />
            </div>
          </Dialog.Description>
          {/* A description list: a two-column table without headers reads worse on a screen reader. */}
          <section aria-labelledby={headingId}>
            <h3 id={headingId}>{strings.detailsHeading}</h3>
            <dl>
              {facts.map(([label, value], index) =>
                // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed, so an index is always the same fact.
                value ? <Fact key={index} label={label} value={`${value}`} pre={index > 4} strings={strings} /> : null,
              )}
            </dl>
          </section>
          <div data-slot="details-actions">
            <CopyRequestIdButton error={normalized} copy="supportDetails" showRequestId={false} />
            <Dialog.Close asChild>
              <button type="button" data-slot="details-close">
                {strings.close}
              </button>
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
