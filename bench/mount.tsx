// Mount cost in a real browser: 200 ConductorErrorAlerts with the seed error
// against 200 plain alert divs holding the same text, then the checklist's
// own figures (bench/checklist.tsx). The page reports its medians on
// window.__benchResult for scripts/bench-mount.mjs to read.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { ConductorErrorAlert } from '../dist/index.js';
import { qbdConnectionError } from '../stories/fixtures/errors.js';
import { runChecklistBench } from './checklist.js';

const COUNT = 200;
const WARMUPS = 3;
const ROUNDS = 15;

const SEED = { error: qbdConnectionError.body };

const ids = Array.from({ length: COUNT }, (_, i) => i);

function Alerts() {
  return ids.map((i) => <ConductorErrorAlert key={i} error={SEED} onRetry={() => undefined} />);
}

function PlainDivs() {
  return ids.map((i) => (
    <div key={i} role="alert">
      <p>{SEED.error.userFacingMessage}</p>
    </div>
  ));
}

/** Milliseconds to render and commit `Component` into a fresh root, layout included. */
function mountOnce(Component: () => React.ReactNode): number {
  const host = document.createElement('div');
  document.getElementById('root')?.append(host);
  const root = createRoot(host);
  const start = performance.now();
  flushSync(() => root.render(<Component />));
  void host.offsetHeight;
  const elapsed = performance.now() - start;
  root.unmount();
  host.remove();
  return elapsed;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function run() {
  const alerts: number[] = [];
  const plain: number[] = [];
  for (let round = 0; round < WARMUPS + ROUNDS; round++) {
    // Alternate the order so neither side always runs on a warmer engine.
    let alertMs: number;
    let plainMs: number;
    if (round % 2 === 0) {
      alertMs = mountOnce(Alerts);
      plainMs = mountOnce(PlainDivs);
    } else {
      plainMs = mountOnce(PlainDivs);
      alertMs = mountOnce(Alerts);
    }
    if (round >= WARMUPS) {
      alerts.push(alertMs);
      plain.push(plainMs);
    }
  }
  return {
    count: COUNT,
    rounds: ROUNDS,
    alertsMs: median(alerts),
    plainMs: median(plain),
    checklist: runChecklistBench(),
  };
}

(window as unknown as { __benchResult: unknown }).__benchResult = run();
