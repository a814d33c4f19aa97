/**
 * Every built-in string the components show. An app overrides any of them through
 * `ConductorErrorProvider`'s `strings` prop or a component's own props; a locale
 * is just a complete `ConductorErrorStrings` object.
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
  /** Label of the request id. */
  requestIdLabel: string;
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
  /** Row labels of the details table. */
  fieldCode: string;
  fieldType: string;
  fieldIntegrationCode: string;
  fieldHttpStatus: string;
  fieldRequestId: string;
  fieldDeveloperMessage: string;
  /** Visible text of the copy button beside each technical detail. */
  copyValue: string;
  /** Accessible name of that button, naming the field, e.g. "Copy Error code". */
  copyValueLabel: (field: string) => string;
}

/** Overrides for any subset of the built-in strings. */
export type ConductorErrorStringOverrides = Partial<Omit<ConductorErrorStrings, 'titles'>> & {
  /** Titles to override, keyed by error code or type. */
  titles?: Readonly<Record<string, string>>;
};

/** Merges overrides onto a base locale; titles merge key by key. */
export function mergeStrings(
  base: ConductorErrorStrings,
  overrides: ConductorErrorStringOverrides | undefined,
): ConductorErrorStrings {
  if (!overrides) return base;
  return { ...base, ...overrides, titles: { ...base.titles, ...overrides.titles } };
}
