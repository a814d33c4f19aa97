// The example page: check the QuickBooks Desktop connection through the
// backend, and when it fails, hand the backend's JSON to ConductorErrorAlert.
import { ConductorErrorAlert } from 'conductor-error-ui';
import { useRef, useState } from 'react';
import type { DemoPlan } from '../demo-scenarios.js';
import { type CheckResult, checkConnection, setDemoPlan } from './api.js';
import { type DemoChoice, DemoControls } from './DemoControls.js';

/** What the result area shows. */
type View = { kind: 'idle' } | { kind: 'checking' } | { kind: 'done'; result: CheckResult };

function planFor(choice: DemoChoice): DemoPlan {
  if (choice.scenario === 'none') return { scenario: null, failures: null };
  return { scenario: choice.scenario, failures: choice.succeedOnRetry ? 1 : null };
}

/** The whole example page. */
export function App() {
  const [choice, setChoice] = useState<DemoChoice>({
    scenario: 'QBD_CONNECTION_ERROR',
    sdk: 'v12',
    succeedOnRetry: true,
  });
  const [view, setView] = useState<View>({ kind: 'idle' });
  // Only the latest call may update the page: a slow earlier answer must not overwrite it.
  const latest = useRef(0);

  async function check(withPlan: boolean): Promise<void> {
    const call = ++latest.current;
    setView({ kind: 'checking' });
    let result: CheckResult;
    try {
      if (withPlan) await setDemoPlan(planFor(choice));
      result = await checkConnection(choice.sdk);
    } catch (error) {
      result = { ok: false, error };
    }
    if (call === latest.current) setView({ kind: 'done', result });
  }

  return (
    <main className="example">
      <h1>QuickBooks Desktop connection</h1>
      <p className="example__lead">
        This page asks its Express backend to check the connection. The backend calls Conductor with conductor-node
        (here a local stand-in for Conductor's API) and, when that fails, sends the error as JSON that is safe to show.
      </p>
      <DemoControls
        value={choice}
        onChange={setChoice}
        onCheck={() => void check(true)}
        busy={view.kind === 'checking'}
      />
      <section className="example__result" aria-busy={view.kind === 'checking'}>
        {view.kind === 'checking' && <p>Checking…</p>}
        {view.kind === 'done' && view.result.ok && (
          <p className="example__ok" role="status">
            Connected: QuickBooks Desktop answered in {view.result.duration} ms.
          </p>
        )}
        {view.kind === 'done' && !view.result.ok && (
          <ConductorErrorAlert error={view.result.error} onRetry={() => void check(false)} />
        )}
      </section>
    </main>
  );
}
