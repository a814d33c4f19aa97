import { useId, useMemo, useState } from 'react';
import { type FixStep, parseFixSteps } from '../../src/core/index.js';

/** Props of the parser playground shown on the "Core/parseFixSteps" page. */
export interface FixPlanViewProps {
  /** The remediation text the text area starts with, e.g. an error's `userFacingMessage`. */
  initialMessage: string;
}

/** One step as plain text: its words, then its menu path and labels when it has them. */
function StepItem({ step }: { step: FixStep }) {
  return (
    <li>
      {step.text}
      {step.menuPath !== undefined || step.labels.length > 0 ? (
        <ul>
          {step.menuPath !== undefined ? <li>menuPath: {step.menuPath.join(' > ')}</li> : null}
          {step.labels.length > 0 ? <li>labels: {step.labels.map((label) => `“${label}”`).join(', ')}</li> : null}
        </ul>
      ) : null}
    </li>
  );
}

/**
 * The core at work with no component in between: a text area with a message, and
 * the `FixPlan` that `parseFixSteps` makes of it drawn as a plain list, live as
 * you type. It shows what the components build on, and lets anyone try a message
 * of their own before filing a parser bug.
 */
export function FixPlanView({ initialMessage }: FixPlanViewProps) {
  const [text, setText] = useState(initialMessage);
  const plan = useMemo(() => parseFixSteps(text), [text]);
  const inputId = useId();
  const headingId = useId();
  return (
    <div style={{ display: 'grid', gap: '1rem', maxWidth: '48rem', fontFamily: 'system-ui, sans-serif' }}>
      <div style={{ display: 'grid', gap: '0.25rem' }}>
        <label htmlFor={inputId}>Message (userFacingMessage)</label>
        <textarea id={inputId} rows={7} value={text} onChange={(event) => setText(event.target.value)} />
      </div>
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>FixPlan</h2>
        <h3>intro</h3>
        <p data-testid="intro">{plan.intro === '' ? '(empty)' : plan.intro}</p>
        <h3>steps ({plan.steps.length})</h3>
        {plan.steps.length === 0 ? (
          <p>(no steps)</p>
        ) : (
          <ol aria-label="steps">
            {plan.steps.map((step, index) => (
              // Steps have no id of their own; their order is their identity here.
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is re-derived from text on every keystroke
              <StepItem key={index} step={step} />
            ))}
          </ol>
        )}
        <h3>outro</h3>
        <p data-testid="outro">{plan.outro === '' ? '(empty)' : plan.outro}</p>
      </section>
    </div>
  );
}
