// Helpers shared by the copy-button and fix-steps browser tests: a themed page
// for axe, axe's violations as readable lines, and clipboard permissions set
// through Chrome DevTools Protocol in the browser context Playwright made.
import axe from 'axe-core';
import type { ReactNode } from 'react';
import { cdp } from 'vitest/browser';

/** A theme the tests check every state in. */
export type Theme = 'light' | 'dark';

/** The app's page in a light or dark theme: the app, not the component, paints the background. */
export function Page({ theme, children }: { theme: Theme; children: ReactNode }) {
  return (
    <div
      data-theme={theme}
      style={{ colorScheme: 'var(--cui-color-scheme)', background: 'var(--cui-color-surface)', padding: '1rem' }}
    >
      {children}
    </div>
  );
}

/** axe-core's violations inside `element`, one readable line per violation, so a failure says what and where. */
export async function axeViolations(element: Element): Promise<string[]> {
  const { violations } = await axe.run(element, { resultTypes: ['violations'] });
  return violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => `${node.html} ${node.failureSummary ?? ''}`).join(' | ')}`,
  );
}

/** Grants or denies a clipboard permission to this frame's origin. */
export async function setClipboardPermission(
  name: 'clipboard-read' | 'clipboard-write',
  setting: 'granted' | 'denied',
): Promise<void> {
  const session = cdp();
  // Playwright runs the tests in its own browser context; a permission set on the default context would not apply.
  const { targetInfo } = (await session.send('Target.getTargetInfo' as never)) as {
    targetInfo: { browserContextId: string };
  };
  await session.send(
    'Browser.setPermission' as never,
    {
      permission: { name },
      setting,
      origin: window.location.origin,
      browserContextId: targetInfo.browserContextId,
    } as never,
  );
}
