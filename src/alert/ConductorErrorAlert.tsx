'use client';
import { type ComponentProps, type ReactNode, Suspense, useEffect, useId, useRef, useState } from 'react';
import { CopyRequestIdButton } from '../copy/CopyRequestIdButton.js';
import { conductorErrorTitle, type NormalizedConductorError, normalizeConductorError } from '../core/index.js';
import { filled } from '../core/normalize/read.js';
import { LazyConductorErrorDetails } from '../details/lazy.js';
import { FixStepsProgressScope } from '../fix-steps/progress-store.js';
import { QbdFixSteps, type QbdFixStepsProps } from '../fix-steps/QbdFixSteps.js';
import type { ConductorErrorStringOverrides } from '../i18n/strings.js';
import { StringsScope } from '../provider/ConductorErrorProvider.js';
import { useConductorErrorConfig, useMessageIsUserFacing } from '../provider/context.js';
import { useReportConductorError } from '../use-conductor-error.js';
import { callSafely, firstCallback } from '../utils/call-safely.js';
import { cx } from '../utils/cx.js';
import { propsObject } from '../utils/props.js';

/** Props of `ConductorErrorAlert`; the rest go to the root `<div>`. */
export interface ConductorErrorAlertProps extends Omit<ComponentProps<'div'>, 'children' | 'title'> {
  /** Whatever the backend sent: any shape `normalizeConductorError` reads. Never throws on bad input. */
  error: unknown;
  /** The heading; defaults to the title for the error's code or type. */
  title?: string;
  /** Title overrides keyed by error code or type, merged over the provider's. */
  titles?: Readonly<Record<string, string>>;
  /** Overrides for any built-in string, for this alert and its dialog only. */
  strings?: ConductorErrorStringOverrides;
  /**
   * Shows a Retry button that calls this; falls back to the provider's
   * `onRetry`. No button without either. May be `async`; a throw or rejection
   * is reported with `console.error` and the alert keeps working.
   */
  onRetry?: () => void;
  /** Shows a Contact support button; falls back to the provider's `onContactSupport`. Guarded as `onRetry` is. */
  onContactSupport?: (error: NormalizedConductorError) => void;
  /** The title and a "How to fix" button opening the dialog, for toasts and table rows; the title wraps in a narrow container (down to 280 px), never cut. */
  compact?: boolean;
  /**
   * Lists the developer `message` in the details dialog. Only for admin and
   * developer screens. Default `false`; only `true` turns it on.
   */
  showDeveloperDetails?: boolean;
  /**
   * Read a `message` that came over the wire as the end-user text where there
   * is no `userFacingMessage`, for a backend that follows Conductor's documented
   * handlers. Off by default; only `true` turns it on. Wins over the provider's.
   */
  messageIsUserFacing?: boolean;
  /**
   * Moves focus to the alert when it mounts. Off by default: a live region is
   * announced without focus, and stealing focus disrupts whatever the user was doing.
   */
  autoFocus?: boolean;
  /** Overrides the live-region role, which is `alert` for errors and `status` for warnings. */
  role?: ComponentProps<'div'>['role'];
  /** Language of the error's own text, set as its `lang`; Conductor writes in English. Default `'en'`. */
  messageLang?: string;
  /** Extra actions of the app's own, shown after the built-in ones (full layout only). */
  actions?: ReactNode;
  /** Props for the fix-steps checklist, e.g. `persistKey` to keep progress across reloads. */
  fixStepsProps?: Omit<QbdFixStepsProps, 'steps' | 'message' | 'error'>;
}

/**
 * Shows an error from the Conductor API so an end user can act on it: a title
 * in plain words, the user-facing message with its fix steps as a checklist, a
 * Retry action, the request id with a copy button, Contact support when the
 * app offers it, and a Details button opening a dialog with the technical
 * facts. The developer `message` is never shown here. Never throws on `error`,
 * and calls the provider's `onError` once per distinct error shown.
 *
 * The details dialog (Radix) is loaded only when first opened, so apps that
 * never open it do not ship it.
 *
 * Styling hooks: `.cui-alert` with `[data-severity="warning|error"]` and
 * `[data-layout="full|compact"]` (the stylesheet draws the severity icon as its
 * `::before`); parts `[data-slot="alert-title"]`, `.cui-fix-steps` (the
 * message), `.cui-copy`, then the actions as the root's own children:
 * `[data-slot="alert-retry"]`, `[data-slot="alert-contact-support"]`,
 * `[data-slot="alert-details-trigger"]`, `[data-slot="alert-how-to-fix"]`.
 *
 * `ref` reaches the root `<div>` on React 19; React 18 does not forward it.
 */
export function ConductorErrorAlert({ strings, titles, ...props }: ConductorErrorAlertProps): ReactNode {
  return (
    <StringsScope strings={strings} titles={titles}>
      {/* The inline checklist and the one in the details dialog show one progress. */}
      <FixStepsProgressScope>
        <AlertRoot {...props} />
      </FixStepsProgressScope>
    </StringsScope>
  );
}

function AlertRoot(props: Omit<ConductorErrorAlertProps, 'strings' | 'titles'>): ReactNode {
  const {
    error,
    title: titleProp,
    onRetry,
    onContactSupport,
    compact,
    showDeveloperDetails,
    autoFocus,
    role: roleProp,
    messageLang: messageLangProp,
    actions,
    fixStepsProps: fixStepsPropsProp,
    messageIsUserFacing: ownOptIn,
    className,
    ...rest
  } = props;
  // What reaches the DOM or a child is checked: from plain JavaScript any of these may be of any type.
  const title = filled(titleProp);
  const role = filled(roleProp);
  const messageLang = filled(messageLangProp) ?? 'en';
  const fixStepsProps = propsObject(fixStepsPropsProp);
  const config = useConductorErrorConfig();
  const messageIsUserFacing = useMessageIsUserFacing(ownOptIn);
  const { strings } = config;
  // Not memoized: reading an error should be a few property reads; the checklist parses only when the message text changes.
  const normalized = normalizeConductorError(error, { messageIsUserFacing });
  useReportConductorError(normalized);
  const titleId = useId();
  const trigger = useRef<HTMLButtonElement>(null);
  // `undefined` until the user first opens the dialog: only then is it loaded.
  const [dialogOpen, setDialogOpen] = useState<boolean>();
  const retry = firstCallback(onRetry, config.onRetry);
  const contactSupport = firstCallback(onContactSupport, config.onContactSupport);

  // The root's `ref` is the app's (it arrives in `rest`); reaching the root from
  // our own button spares merging two refs.
  useEffect(() => {
    if (autoFocus) trigger.current?.closest<HTMLElement>('.cui-alert')?.focus();
  }, [autoFocus]);

  // The button that opens the details dialog. A plain button rather than Radix's
  // trigger, because Radix is not loaded until the first click; it still says
  // that it opens a dialog and whether the dialog is open.
  const dialogButton = (slot: string, label: string) => (
    <button
      type="button"
      ref={trigger}
      data-slot={slot}
      aria-haspopup="dialog"
      aria-expanded={!!dialogOpen}
      onClick={() => setDialogOpen(true)}
    >
      {label}
    </button>
  );

  return (
    // biome-ignore lint/a11y/useAriaPropsSupportedByRole: the role is alert or status (or the app's), both named by their title.
    <div
      lang={strings.locale}
      dir={strings.dir}
      role={role ?? (normalized.severity === 'warning' ? 'status' : 'alert')}
      aria-labelledby={titleId}
      tabIndex={autoFocus ? -1 : undefined}
      {...rest}
      className={cx('cui-alert', className)}
      data-slot="alert"
      data-severity={normalized.severity}
      data-layout={compact ? 'compact' : 'full'}
    >
      <div data-slot="alert-title" id={titleId}>
        {title ?? conductorErrorTitle(normalized, strings.titles)}
      </div>
      {compact ? (
        // Compact, for toasts and table rows: the title (wrapping when narrow) and a "How to fix" button opening the dialog.
        dialogButton('alert-how-to-fix', strings.howToFix)
      ) : (
        // The inline alert: message with its checklist, request id, then the actions in one row.
        <>
          <QbdFixSteps {...fixStepsProps} message={normalized.userFacingMessage} lang={messageLang} />
          {/* Shown even for masked or generic messages: the id is what support needs most then. */}
          {normalized.requestId && <CopyRequestIdButton requestId={normalized.requestId} />}
          {retry && (
            <button type="button" data-slot="alert-retry" onClick={() => callSafely('onRetry', retry)}>
              {strings.retry}
            </button>
          )}
          {contactSupport && (
            <button
              type="button"
              data-slot="alert-contact-support"
              onClick={() => callSafely('onContactSupport', contactSupport, normalized)}
            >
              {strings.contactSupport}
            </button>
          )}
          {dialogButton('alert-details-trigger', strings.showDetails)}
          {actions}
        </>
      )}
      {dialogOpen !== undefined && (
        // Loaded once the user first opens it, then kept mounted so closing runs
        // Radix's focus return. While the chunk loads nothing shows (one network
        // round trip); Radix then moves focus into the dialog as it mounts.
        <Suspense>
          <LazyConductorErrorDetails
            error={error}
            title={title}
            open={dialogOpen}
            onOpenChange={setDialogOpen}
            trigger={null}
            onCloseAutoFocus={(event) => {
              // The dialog has no Radix trigger of its own (ours renders before
              // Radix loads), so focus goes back to our button by hand.
              event.preventDefault();
              trigger.current?.focus();
            }}
            showDeveloperDetails={showDeveloperDetails === true}
            messageLang={messageLang}
            fixStepsProps={fixStepsProps}
            messageIsUserFacing={messageIsUserFacing}
          />
        </Suspense>
      )}
    </div>
  );
}
