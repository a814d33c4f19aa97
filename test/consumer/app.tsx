// What an app writes against the installed package: every component, hook and
// type by name, the core from its own entry, and the stylesheet. Typechecked
// with `moduleResolution` bundler and nodenext; never run.
import {
  ConductorErrorAlert,
  type ConductorErrorAlertProps,
  ConductorErrorDetails,
  ConductorErrorProvider,
  type ConductorErrorStrings,
  CopyRequestIdButton,
  es,
  type FixPlan,
  type NormalizedConductorError,
  QbdFixSteps,
  useConductorError,
  useCopyToClipboard,
  useFixStepsState,
} from 'conductor-error-ui';
import {
  type ConductorErrorResponse,
  conductorErrorLogLevel,
  normalizeConductorError,
  parseFixSteps,
  toConductorErrorResponse,
} from 'conductor-error-ui/core';
import 'conductor-error-ui/styles.css';
import type { ReactNode } from 'react';

/** A backend's error handler: status and body for the front end, the level for the logs. */
export function answer(caught: unknown): ConductorErrorResponse & { level: 'warning' | 'error' } {
  return { ...toConductorErrorResponse(caught), level: conductorErrorLogLevel(caught) };
}

/** The same error read by the core on its own. */
export function stepsOf(json: unknown): FixPlan {
  const error: NormalizedConductorError = normalizeConductorError(json);
  return parseFixSteps(error.userFacingMessage);
}

/** An app's own checklist beside the library's. */
function OwnChecklist({ json }: { json: unknown }): ReactNode {
  const { plan, title } = useConductorError(json);
  const state = useFixStepsState({ count: plan.steps.length, fingerprint: title });
  const { state: copied, copy } = useCopyToClipboard();
  return (
    <section aria-label={title} data-copied={copied}>
      {plan.steps.map((step, index) => (
        <label key={step.text}>
          <input type="checkbox" checked={state.checked[index]} onChange={() => state.toggle(index)} />
          {step.parts.map((part) => (part.kind === 'menu' ? part.items.join(' > ') : part.text))}
        </label>
      ))}
      <button type="button" onClick={() => copy(plan.intro)}>
        Copy
      </button>
    </section>
  );
}

const spanish: ConductorErrorStrings = es;
const alertProps: ConductorErrorAlertProps = { error: { error: { code: 'QBD_CONNECTION_ERROR' } }, compact: true };

export function ErrorScreen({ json, retry }: { json: unknown; retry: () => void }): ReactNode {
  return (
    <ConductorErrorProvider locale={spanish} onRetry={retry}>
      <ConductorErrorAlert error={json} onRetry={retry} className="mine" />
      <ConductorErrorAlert {...alertProps} />
      <ConductorErrorDetails error={json} showDeveloperDetails={false} />
      <QbdFixSteps error={json} persistKey="sync" />
      <CopyRequestIdButton error={json} copy="supportDetails" />
      <OwnChecklist json={json} />
    </ConductorErrorProvider>
  );
}
