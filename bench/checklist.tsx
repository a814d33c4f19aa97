// The checklist's cost in a real browser: mounting and ticking a message with
// 2,000 quoted labels (once 2.5 s to mount, cubic in the labels), against
// half as many (linear halves the time), a tick in a 50-step list against a
// 5-step one (memoized rows: about the same), and a 5 MB message, which shows
// as paragraphs. Medians in milliseconds, layout included; nothing asserted.
// A tick in the 2,000-chip step costs React well under a millisecond (the
// step's words are memoized); the rest is Chromium restyling the faded step.
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { QbdFixSteps } from '../dist/index.js';
import { manyLabels, numberedSteps } from '../stories/fixtures/fix-plans.js';
import { SEED_USER_FACING_MESSAGE } from '../stories/fixtures/seed.js';

const WARMUPS = 3;
const ROUNDS = 15;
/** The huge message is mounted fewer times: each round lays out 5 MB of text. */
const HUGE_ROUNDS = 5;
const HUGE_BYTES = 5_000_000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** A fresh root in the page, for one measurement. */
function mountPoint(): { host: HTMLElement; root: Root } {
  const host = document.createElement('div');
  document.getElementById('root')?.append(host);
  return { host, root: createRoot(host) };
}

/** Median milliseconds to render and commit `ui` into a fresh root, layout included. */
function mountMs(ui: ReactNode, rounds = ROUNDS): number {
  const times: number[] = [];
  for (let round = 0; round < WARMUPS + rounds; round++) {
    const { host, root } = mountPoint();
    const start = performance.now();
    flushSync(() => root.render(ui));
    void host.offsetHeight;
    if (round >= WARMUPS) times.push(performance.now() - start);
    root.unmount();
    host.remove();
  }
  return median(times);
}

/** Median milliseconds from a click on the checkbox at `index` to the re-rendered, laid-out checklist. */
function clickMs(ui: ReactNode, index: number): number {
  const { host, root } = mountPoint();
  flushSync(() => root.render(ui));
  const box = host.querySelectorAll('input')[index] as HTMLInputElement;
  const times: number[] = [];
  for (let round = 0; round < WARMUPS + ROUNDS; round++) {
    const start = performance.now();
    flushSync(() => box.click());
    void host.offsetHeight;
    if (round >= WARMUPS) times.push(performance.now() - start);
  }
  root.unmount();
  host.remove();
  return median(times);
}

/** Several messages of our own joined into about `bytes` of prose, a paragraph every few messages. */
function prose(bytes: number): string {
  const paragraph = Array.from({ length: 4 }, () => SEED_USER_FACING_MESSAGE).join(' ');
  return Array.from({ length: Math.ceil(bytes / (paragraph.length + 2)) }, () => paragraph).join('\n\n');
}

/** Every figure of the checklist bench. */
export function runChecklistBench() {
  const labels = manyLabels(2000);
  const half = manyLabels(1000);
  const five = numberedSteps(5).plan;
  const fifty = numberedSteps(50).plan;
  const huge = prose(HUGE_BYTES);
  return {
    labelsChars: labels.message.length,
    labelsMessageMountMs: mountMs(<QbdFixSteps message={labels.message} />),
    labelsMessageClickMs: clickMs(<QbdFixSteps message={labels.message} />, 0),
    labelsPlanMountMs: mountMs(<QbdFixSteps steps={labels.plan} />),
    labelsPlanClickMs: clickMs(<QbdFixSteps steps={labels.plan} />, 0),
    halfPlanMountMs: mountMs(<QbdFixSteps steps={half.plan} />),
    fiveStepClickMs: clickMs(<QbdFixSteps steps={five} />, 2),
    fiftyStepClickMs: clickMs(<QbdFixSteps steps={fifty} />, 25),
    hugeChars: huge.length,
    hugeMountMs: mountMs(<QbdFixSteps message={huge} />, HUGE_ROUNDS),
  };
}
