import { type ChangeEvent, useId, useMemo, useState } from 'react';
import { ConductorErrorAlert } from '../../src/alert/ConductorErrorAlert.js';
import { normalizeConductorError } from '../../src/core/index.js';
import { ERROR_FIXTURES } from '../fixtures/errors.js';
import { fixtureShapes } from '../fixtures/shapes.js';

/** Props of the Playground. */
export interface PlaygroundProps {
  /** The JSON the text area starts with, as a backend would send it. */
  initialJson: string;
  /** Called by the alert's Retry button; shown in the Actions panel. */
  onRetry?: () => void;
}

/** The text area's content read as JSON: the value, or why it is not JSON. */
type ParsedJson = { ok: true; value: unknown } | { ok: false; reason: string };

/** Never throws: a paste of anything at all gets a sentence, not a crash. */
function parseJson(text: string): ParsedJson {
  if (text.trim() === '') return { ok: false, reason: 'The text area is empty. Paste the JSON your backend returned.' };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `This is not valid JSON: ${detail}` };
  }
}

/** Every example the menu offers: each fixture in each shape it comes in, as pretty JSON. */
const EXAMPLES = ERROR_FIXTURES.flatMap((fixture) =>
  fixtureShapes(fixture)
    .filter(({ value }) => typeof value === 'object')
    .map(({ shape, value }) => ({
      key: `${fixture.id}/${shape}`,
      label: `${fixture.label} (${shape})`,
      json: JSON.stringify(value, null, 2),
    })),
);

/**
 * Paste the JSON your backend returned and see the alert it makes, live. Bad
 * JSON gets a clear message beside the text area (tied to it with
 * `aria-describedby`) and the alert waits for valid JSON; valid JSON that is
 * not a Conductor error shows the alert's generic fallback, as in an app.
 */
export function Playground({ initialJson, onRetry }: PlaygroundProps) {
  const [text, setText] = useState(initialJson);
  const parsed = useMemo(() => parseJson(text), [text]);
  const normalized = useMemo(() => (parsed.ok ? normalizeConductorError(parsed.value) : undefined), [parsed]);
  const ids = { input: useId(), examples: useId(), feedback: useId() };

  function loadExample(event: ChangeEvent<HTMLSelectElement>) {
    const example = EXAMPLES.find((candidate) => candidate.key === event.target.value);
    if (example) setText(example.json);
  }

  return (
    <div style={{ display: 'grid', gap: '1rem', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)' }}>
      <div style={{ display: 'grid', gap: '0.5rem', alignContent: 'start' }}>
        <label htmlFor={ids.examples}>Load an example</label>
        <select id={ids.examples} defaultValue="" onChange={loadExample}>
          <option value="" disabled>
            Choose an error and a shape…
          </option>
          {EXAMPLES.map((example) => (
            <option key={example.key} value={example.key}>
              {example.label}
            </option>
          ))}
        </select>
        <label htmlFor={ids.input}>JSON from your backend</label>
        <textarea
          id={ids.input}
          rows={18}
          spellCheck={false}
          value={text}
          aria-invalid={!parsed.ok}
          aria-describedby={ids.feedback}
          onChange={(event) => setText(event.target.value)}
          style={{ fontFamily: 'var(--cui-font-family-mono, monospace)', fontSize: '0.8125rem' }}
        />
        {/* Always present, so screen readers hear each change (polite: it updates as you type). */}
        <p id={ids.feedback} role="status" data-testid="playground-feedback">
          {parsed.ok
            ? `Valid JSON, read as type ${normalized?.type}${normalized?.code ? `, code ${normalized.code}` : ''}.`
            : parsed.reason}
        </p>
      </div>
      <div style={{ minWidth: 0 }}>
        {parsed.ok ? (
          <ConductorErrorAlert error={parsed.value} onRetry={onRetry} />
        ) : (
          <p style={{ fontStyle: 'italic' }}>The alert appears here once the JSON is valid.</p>
        )}
      </div>
    </div>
  );
}
