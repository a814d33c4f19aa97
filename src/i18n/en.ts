import { DEFAULT_TITLES } from '../core/titles.js';
import type { ConductorErrorStrings } from './strings.js';

/** English, the default locale. */
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
  requestIdLabel: 'Request ID',
  copyRequestId: 'Copy request ID',
  copySupportDetails: 'Copy support details',
  copied: 'Copied',
  copyFailed: 'Could not copy automatically',
  copyManualHint: 'Press Ctrl+C (⌘C on Mac) to copy.',
  copyManualFieldLabel: 'Text to copy',
  close: 'Close',
  detailsHeading: 'Technical details',
  fieldCode: 'Error code',
  fieldType: 'Error type',
  fieldIntegrationCode: 'QuickBooks code',
  fieldHttpStatus: 'HTTP status',
  fieldRequestId: 'Request ID',
  fieldDeveloperMessage: 'Developer message',
  copyValue: 'Copy',
  copyValueLabel: (field) => `Copy ${field}`,
};
