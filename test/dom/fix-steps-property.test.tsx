// Property test: QbdFixSteps with generated hostile props (plans whose steps
// and parts are of any type, have throwing getters or are Proxies whose traps
// throw; Symbols and null-prototype objects as keys; checked lists and storages
// of any kind; callbacks that throw) renders on the server and in the DOM and
// takes a click on every checkbox, without ever throwing.
import '@testing-library/jest-dom/vitest';
import { fc, test } from '@fast-check/vitest';
import { cleanup, fireEvent, render } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterAll, describe, expect } from 'vitest';
import { QbdFixSteps, type QbdFixStepsProps } from '../../src/fix-steps/QbdFixSteps.js';
import { callback, hostile, made, makeList, makeRecord } from '../property/hostile-props.js';
import { expectConsole } from '../setup/fail-on-console.js';

/** Real remediation text, so that most runs reach a checklist and not only its fallbacks. */
const REMEDIATION = [
  "Open QuickBooks Desktop, then click 'OK'. Then try again.",
  'To reconnect:\n1. Go to Edit > Preferences.\n2. Click **Integrated Applications**.\n3. Select Acme Sync.',
  '- Close QuickBooks.\n- Reopen it as Admin.',
];

const text = fc.oneof(
  made(fc.string()),
  made(fc.constantFrom("'OK'", 'Edit > Preferences', 'open QuickBooks')),
  hostile,
);

const part = fc.oneof(
  hostile,
  makeRecord({
    kind: fc.oneof(made(fc.constantFrom('text', 'menu', 'label')), hostile),
    text,
    items: fc.oneof(makeList(text, 4), hostile),
    label: text,
  }),
);

const step = fc.oneof(hostile, makeRecord({ text, parts: fc.oneof(makeList(part, 5), hostile) }));

const plan = fc.oneof(hostile, makeRecord({ intro: text, steps: fc.oneof(makeList(step, 6), hostile), outro: text }));

const props = makeRecord({
  steps: plan,
  message: fc.oneof({ arbitrary: made(fc.constantFrom(...REMEDIATION)), weight: 4 }, { arbitrary: text, weight: 1 }),
  error: hostile,
  persistKey: hostile,
  checked: hostile,
  defaultChecked: hostile,
  storage: hostile,
  onCheckedChange: callback,
  onComplete: callback,
});

describe('QbdFixSteps with generated hostile props', () => {
  // The generated props must reach the checklist, not only its fallbacks.
  const seen = { checklists: 0 };
  afterAll(() => expect(seen.checklists).toBeGreaterThan(10));

  test.prop([props], { numRuns: 150 })(
    'renders on the server and in the DOM and takes clicks, never throwing',
    async (make) => {
      const given = make() as QbdFixStepsProps;
      expect(() => renderToString(<QbdFixSteps {...given} />)).not.toThrow();
      const { container } = render(<QbdFixSteps {...given} />);
      const boxes = container.querySelectorAll('input');
      if (boxes.length > 0) seen.checklists += 1;
      for (const box of boxes) {
        // A checkbox always has words: a step without any is left out.
        expect(box.closest('label')?.textContent?.trim()).not.toBe('');
        fireEvent.click(box);
      }
      cleanup();
      // Rejected async callbacks report on a later tick.
      await new Promise((done) => setTimeout(done, 0));
      // The app's throwing callbacks are reported with console.error, by design.
      for (const line of expectConsole()) expect(line).toMatch(/the app's on(CheckedChange|Complete) callback failed/);
    },
  );
});
