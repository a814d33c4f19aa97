// A page with a real sonner toaster showing the compact alert in a toast, as an
// app would write it with `toast.custom`. Shared by the story
// (CompactInSonnerToast.stories.tsx) and the Chromium test of the same page
// (test/browser/toast.test.tsx), so both look at exactly what an app gets.
import { type CSSProperties, type ReactNode, useEffect } from 'react';
import { Toaster, type ToasterProps, toast } from 'sonner';
import { ConductorErrorAlert } from '../../src/alert/ConductorErrorAlert.js';

/** The width sonner gives its column of toasts unless the app sets `--width`. */
export const SONNER_TOAST_WIDTH = 356;

/** Props of `SonnerToastPage`. */
export interface SonnerToastPageProps {
  /** The error shown in the toast, in any shape the alert reads. */
  error: unknown;
  /** Width of sonner's toast column in pixels (its `--width`); sonner's own is 356. */
  width?: number;
  /** Where the toaster sits from the viewport's edges, passed to sonner as is. */
  offset?: ToasterProps['offset'];
  /** Sonner's theme, to match the page's. */
  theme?: 'light' | 'dark';
}

/**
 * An invoices page that has just failed to sync: the error arrives as a toast
 * in the bottom-right corner, and its "How to fix" opens the details dialog
 * over the page (and over the toast).
 */
export function SonnerToastPage({
  error,
  width = SONNER_TOAST_WIDTH,
  offset,
  theme = 'light',
}: SonnerToastPageProps): ReactNode {
  useEffect(() => {
    // The dialog lives inside the toast's React tree: a toast that closed on a
    // timer would close the dialog under the reader, so it stays until dismissed.
    const id = toast.custom(() => <ConductorErrorAlert compact error={error} />, {
      duration: Number.POSITIVE_INFINITY,
    });
    return () => {
      toast.dismiss(id);
    };
  }, [error]);

  const style = {
    '--width': `${width}px`,
    // Radix puts pointer-events: none on everything outside an open modal
    // dialog; apps give their toasts pointer events back so a toast stays
    // clickable while a dialog is open (a common fix in sonner's issues). It
    // also lets hit testing (elementFromPoint, a click) see the toast.
    pointerEvents: 'auto',
  } as CSSProperties;

  return (
    <main>
      <h1>Invoices</h1>
      <p>The last sync with QuickBooks Desktop did not finish; the invoices below may be out of date.</p>
      <Toaster theme={theme} offset={offset} style={style} />
    </main>
  );
}
