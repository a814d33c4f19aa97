'use client';
import * as Dialog from '@radix-ui/react-dialog';
import type { ComponentProps, ReactElement, ReactNode } from 'react';
import { CopyRequestIdButton } from '../copy/CopyRequestIdButton.js';
import { QbdFixSteps, type QbdFixStepsProps } from '../fix-steps/QbdFixSteps.js';
import type { ConductorErrorStringOverrides } from '../i18n/strings.js';
import { StringsScope } from '../provider/ConductorErrorProvider.js';
import { useConductorErrorStrings } from '../provider/context.js';
import { useConductorError } from '../use-conductor-error.js';
import { cx } from '../utils/cx.js';
import { DetailsFields } from './DetailsFields.js';

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
   * keys or stack traces: only for admin and developer screens. Default `false`.
   */
  showDeveloperDetails?: boolean;
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
  /** Called when the dialog asks to open or close (trigger, Escape, close button, click outside). */
  onOpenChange?: (open: boolean) => void;
  /**
   * Called as the dialog closes, before focus moves. Radix returns focus to its
   * own trigger; without one (controlled use), call `event.preventDefault()` and
   * focus whatever opened the dialog yourself.
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
 * A modal dialog with everything about an error: the title, the user-facing
 * text with its fix steps as a checklist, and the technical facts support asks
 * for (code, type, QuickBooks code, HTTP status, request id), each with a copy
 * button, plus a button copying all of them as support details. Built on Radix
 * Dialog: focus moves in and is trapped, Escape closes, focus returns to the
 * trigger. Never throws on `error`.
 *
 * Styling hooks (the content is portalled, so style by class or slot):
 * `.cui-details` with `[data-severity="warning|error"]` and `[data-state="open|closed"]`;
 * `.cui-details-overlay`; `.cui-details-trigger`; parts `[data-slot="details-title"]`,
 * `[data-slot="details-message"]`, `[data-slot="details-technical"]`, `[data-slot="details-fields"]`,
 * `[data-slot="details-field"][data-field=...]`, `[data-slot="details-copy"][data-state="idle|copied|failed"]`,
 * `[data-slot="details-actions"]`, `[data-slot="details-close"]`.
 *
 * `ref` reaches the content element on React 19; React 18 does not forward it.
 */
export function ConductorErrorDetails({ strings, titles, ...props }: ConductorErrorDetailsProps): ReactNode {
  return (
    <StringsScope strings={strings} titles={titles}>
      <DetailsDialog {...props} />
    </StringsScope>
  );
}

function DetailsDialog(props: Omit<ConductorErrorDetailsProps, 'strings' | 'titles'>): ReactNode {
  const {
    error,
    title,
    showDeveloperDetails = false,
    trigger,
    open,
    defaultOpen,
    onOpenChange,
    onCloseAutoFocus,
    container,
    messageLang = 'en',
    fixStepsProps,
    className,
    ...rest
  } = props;
  const strings = useConductorErrorStrings();
  const view = useConductorError(error);
  const defaultTrigger = (
    <button type="button" className="cui-details-trigger" data-slot="details-trigger">
      {strings.showDetails}
    </button>
  );
  return (
    <Dialog.Root open={open} defaultOpen={defaultOpen} onOpenChange={onOpenChange}>
      {trigger === null ? null : <Dialog.Trigger asChild>{trigger ?? defaultTrigger}</Dialog.Trigger>}
      <Dialog.Portal container={container}>
        <Dialog.Overlay className="cui-details-overlay" data-slot="details-overlay" />
        <Dialog.Content
          lang={strings.locale}
          dir={strings.dir}
          {...rest}
          className={cx('cui-details', className)}
          data-slot="details"
          data-severity={view.error.severity}
          onCloseAutoFocus={onCloseAutoFocus}
        >
          <Dialog.Title data-slot="details-title">{title ?? view.title}</Dialog.Title>
          {/* The message is the dialog's description, so screen readers read it on open. */}
          <Dialog.Description asChild>
            <div data-slot="details-message" lang={messageLang}>
              <QbdFixSteps {...fixStepsProps} steps={view.plan} />
            </div>
          </Dialog.Description>
          <DetailsFields error={view.error} showDeveloperDetails={showDeveloperDetails} />
          <div data-slot="details-actions">
            <CopyRequestIdButton error={view.error} copy="supportDetails" showRequestId={false} />
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
