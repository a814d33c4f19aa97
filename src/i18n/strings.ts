import { DEFAULT_SUPPORT_DETAILS_LABELS, DEFAULT_TITLES } from '../core/index.js';

/**
 * Every built-in string the components show. An app overrides any of them through
 * `ConductorErrorProvider`'s `strings` prop or a component's own props; a locale
 * is just a complete `ConductorErrorStrings` object (`es`, `fr`). A value that is
 * missing, blank or of the wrong type (e.g. in a locale loaded from JSON, which
 * has no functions) falls back key by key to English (`mergeStrings`). The
 * labels of the technical facts share their keys with the core's
 * `SupportDetailsLabels`, so the same strings label the details table and the
 * copied support details.
 */
export interface ConductorErrorStrings {
  /** BCP 47 tag of the locale, e.g. `'en'`; set as `lang` where the text is shown. */
  locale: string;
  /** Text direction of the locale. */
  dir: 'ltr' | 'rtl';
  /** Titles keyed by Conductor error code or error type; the code wins. */
  titles: Readonly<Record<string, string>>;
  /** The Retry action. */
  retry: string;
  /** The action that opens the details dialog. */
  showDetails: string;
  /** The compact layout's action that opens the dialog at the fix steps. */
  howToFix: string;
  /** The action that asks the app to contact support. */
  contactSupport: string;
  /** Legend of the fix-steps checklist. */
  fixStepsLegend: string;
  /** Progress of the checklist as text, e.g. "3 of 8 done". */
  fixStepsProgress: (done: number, total: number) => string;
  /** How a screen reader hears a menu path, e.g. "Edit, then Preferences". */
  menuPathLabel: (items: readonly string[]) => string;
  /** Label of the request id: beside the copy button, in the details table and in the support details. */
  requestId: string;
  /** The copy button when it copies the bare request id. */
  copyRequestId: string;
  /** The copy button when it copies the full support details. */
  copySupportDetails: string;
  /** Announced and shown after a successful copy. */
  copied: string;
  /** Announced and shown when copying failed and the text is offered to copy by hand. */
  copyFailed: string;
  /** Hint beside the selected text when copying by hand. */
  copyManualHint: string;
  /** Label of the read-only field holding the text to copy by hand. */
  copyManualFieldLabel: string;
  /** The dialog's close button. */
  close: string;
  /** Heading of the dialog's table of technical details. */
  detailsHeading: string;
  /** Label of the error code (details table and support details). */
  code: string;
  /** Label of the error type. */
  type: string;
  /** Label of QuickBooks Desktop's own code. */
  integrationCode: string;
  /** Label of the HTTP status. */
  httpStatus: string;
  /** Label of the developer message (shown only with `showDeveloperDetails`). */
  developerMessage: string;
  /** Label of the time in the support details. */
  time: string;
  /** Label of the user-facing message in the support details. */
  userFacingMessage: string;
  /** The copy button beside each technical detail; its accessible name adds the label, e.g. "Copy Error code". */
  copyValue: string;
}

/** Overrides for any subset of the built-in strings. */
export type ConductorErrorStringOverrides = Partial<ConductorErrorStrings>;

/** English, the default locale, and the fallback for any key another locale or an override lacks. */
export const en: ConductorErrorStrings = {
  locale: 'en',
  dir: 'ltr',
  titles: DEFAULT_TITLES,
  retry: 'Try again',
  showDetails: 'Details',
  howToFix: 'How to fix',
  contactSupport: 'Contact support',
  fixStepsLegend: 'How to fix this',
  fixStepsProgress: (done, total) => `${done} of ${total} done`,
  menuPathLabel: (items) => items.join(', then '),
  copyRequestId: 'Copy request ID',
  copySupportDetails: 'Copy support details',
  copied: 'Copied',
  copyFailed: 'Could not copy automatically',
  copyManualHint: 'Press Ctrl+C (⌘C on Mac) to copy.',
  copyManualFieldLabel: 'Text to copy',
  close: 'Close',
  detailsHeading: 'Technical details',
  // The facts' labels: the core's, which label the support details, with QuickBooks named.
  ...DEFAULT_SUPPORT_DETAILS_LABELS,
  integrationCode: 'QuickBooks code',
  copyValue: 'Copy',
};
