import { DEFAULT_TITLES } from '../core/index.js';
import type { ConductorErrorStrings } from './strings.js';

/** English, the default locale. `es` lists its texts in this object's key order. */
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
  requestId: 'Request ID',
  copyRequestId: 'Copy request ID',
  copySupportDetails: 'Copy support details',
  copied: 'Copied',
  copyFailed: 'Could not copy automatically',
  copyManualHint: 'Press Ctrl+C (⌘C on Mac) to copy.',
  copyManualFieldLabel: 'Text to copy',
  close: 'Close',
  detailsHeading: 'Technical details',
  code: 'Error code',
  type: 'Error type',
  integrationCode: 'QuickBooks code',
  httpStatus: 'HTTP status',
  developerMessage: 'Developer message',
  copyValue: 'Copy',
};
