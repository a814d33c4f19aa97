// The demo's own controls: which failure the stand-in plays, which SDK the
// server calls it with, and whether Retry should work. A real app has none of this.
import { useId } from 'react';
import { SCENARIO_IDS, SCENARIO_LABELS, type ScenarioId, SDK_VERSIONS, type SdkVersion } from '../demo-scenarios.js';

/** The choices the controls hold. */
export interface DemoChoice {
  /** The failure to play, or `'none'` for a working connection. */
  scenario: ScenarioId | 'none';
  /** The conductor-node version the server uses. */
  sdk: SdkVersion;
  /** Whether the stand-in answers the second call with success. */
  succeedOnRetry: boolean;
}

/** Props of `DemoControls`. */
export interface DemoControlsProps {
  /** The current choices. */
  value: DemoChoice;
  /** Called with the new choices on every change. */
  onChange: (next: DemoChoice) => void;
  /** Called when the person asks to check the connection. */
  onCheck: () => void;
  /** True while a check is running: the button is disabled meanwhile. */
  busy: boolean;
}

/** The scenario picker, SDK picker, retry switch and check button. */
export function DemoControls({ value, onChange, onCheck, busy }: DemoControlsProps) {
  const id = useId();
  return (
    <form
      className="demo-controls"
      onSubmit={(event) => {
        event.preventDefault();
        onCheck();
      }}
    >
      <label htmlFor={`${id}-scenario`}>What Conductor answers</label>
      <select
        id={`${id}-scenario`}
        value={value.scenario}
        onChange={(event) => onChange({ ...value, scenario: event.target.value as DemoChoice['scenario'] })}
      >
        <option value="none">Success: QuickBooks Desktop is reachable</option>
        {SCENARIO_IDS.map((scenario) => (
          <option key={scenario} value={scenario}>
            {SCENARIO_LABELS[scenario]} ({scenario})
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-sdk`}>conductor-node version on the server</label>
      <select
        id={`${id}-sdk`}
        value={value.sdk}
        onChange={(event) => onChange({ ...value, sdk: event.target.value as SdkVersion })}
      >
        {SDK_VERSIONS.map((sdk) => (
          <option key={sdk} value={sdk}>
            {sdk}
          </option>
        ))}
      </select>
      <label className="demo-controls__check">
        <input
          type="checkbox"
          checked={value.succeedOnRetry}
          onChange={(event) => onChange({ ...value, succeedOnRetry: event.target.checked })}
        />
        Retry succeeds
      </label>
      <button type="submit" disabled={busy}>
        Check QuickBooks connection
      </button>
    </form>
  );
}
