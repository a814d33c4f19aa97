'use client';
import type { ReactNode, Ref } from 'react';
import { CopyRequestIdButton } from '../copy/CopyRequestIdButton.js';
import type { ConductorErrorSeverity, NormalizedConductorError } from '../core/index.js';
import { QbdFixSteps, type QbdFixStepsProps } from '../fix-steps/QbdFixSteps.js';
import { useConductorErrorStrings } from '../provider/context.js';
import type { ConductorErrorView } from '../use-conductor-error.js';

/** What both layouts need from the alert. */
export interface AlertLayoutProps {
  /** The error as read by `useConductorError`. */
  view: ConductorErrorView;
  /** The heading to show. */
  title: string;
  /** Id for the title, so the alert is named by it. */
  titleId: string;
  /** Language of the error's own text. */
  messageLang: string;
  /** Whether the details dialog is open, for the trigger's `aria-expanded`. */
  dialogOpen: boolean;
  /** Opens the details dialog. */
  openDialog: () => void;
  /** Ref for the button that opens the dialog: focus returns there on close. */
  triggerRef: Ref<HTMLButtonElement>;
}

/** Props of the full layout, on top of the shared ones. */
export interface FullAlertLayoutProps extends AlertLayoutProps {
  /** The retry action in force, if any. */
  onRetry: (() => void) | undefined;
  /** The contact-support action in force, if any. */
  onContactSupport: ((error: NormalizedConductorError) => void) | undefined;
  /** Extra actions from the app, after the built-in ones. */
  actions: ReactNode;
  /** Props passed through to the checklist. */
  fixStepsProps: Omit<QbdFixStepsProps, 'steps' | 'message' | 'error'> | undefined;
}

/**
 * A small severity icon. Decorative (the title and the live-region role already
 * say what happened), sized by attributes so it stays small without the CSS.
 */
function SeverityIcon({ severity }: { severity: ConductorErrorSeverity }) {
  return (
    <svg data-slot="alert-icon" aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 20 20">
      {severity === 'warning' ? (
        <path fill="currentColor" d="M10 1.5 19 17.5H1L10 1.5Zm-1 6v5h2v-5H9Zm0 6.5v2h2v-2H9Z" />
      ) : (
        <path fill="currentColor" d="M10 1a9 9 0 1 1 0 18 9 9 0 0 1 0-18Zm-1 4.5v6h2v-6H9Zm0 7.5v2h2v-2H9Z" />
      )}
    </svg>
  );
}

/**
 * The button that opens the details dialog. A plain button rather than Radix's
 * trigger, because Radix is not loaded until the first click; it still says
 * that it opens a dialog and whether the dialog is open.
 */
function DialogButton({
  slot,
  label,
  dialogOpen,
  openDialog,
  triggerRef,
}: AlertLayoutProps & { slot: string; label: string }) {
  return (
    <button
      type="button"
      ref={triggerRef}
      data-slot={slot}
      aria-haspopup="dialog"
      aria-expanded={dialogOpen}
      onClick={openDialog}
    >
      {label}
    </button>
  );
}

/** The inline alert: title, message with its checklist, request id, then the actions. */
export function FullAlertLayout(props: FullAlertLayoutProps) {
  const { view, title, titleId, messageLang } = props;
  const { onRetry, onContactSupport, actions, fixStepsProps } = props;
  const strings = useConductorErrorStrings();
  const { error } = view;
  return (
    <>
      <SeverityIcon severity={error.severity} />
      <div data-slot="alert-content">
        <div data-slot="alert-title" id={titleId}>
          {title}
        </div>
        <div data-slot="alert-description" lang={messageLang}>
          <QbdFixSteps {...fixStepsProps} steps={view.plan} />
        </div>
        {/* Shown even for masked or generic messages: the id is what support needs most then. */}
        {error.requestId !== undefined ? <CopyRequestIdButton requestId={error.requestId} /> : null}
        <div data-slot="alert-actions">
          {onRetry ? (
            <button type="button" data-slot="alert-retry" onClick={() => onRetry()}>
              {strings.retry}
            </button>
          ) : null}
          {onContactSupport ? (
            <button type="button" data-slot="alert-contact-support" onClick={() => onContactSupport(error)}>
              {strings.contactSupport}
            </button>
          ) : null}
          <DialogButton slot="alert-details-trigger" label={strings.showDetails} {...props} />
          {actions}
        </div>
      </div>
    </>
  );
}

/** One line for toasts and table rows: the title and a "How to fix" button opening the dialog. */
export function CompactAlertLayout(props: AlertLayoutProps) {
  const { view, title, titleId } = props;
  const strings = useConductorErrorStrings();
  return (
    <>
      <SeverityIcon severity={view.error.severity} />
      <span data-slot="alert-title" id={titleId}>
        {title}
      </span>
      <DialogButton slot="alert-how-to-fix" label={strings.howToFix} {...props} />
    </>
  );
}
