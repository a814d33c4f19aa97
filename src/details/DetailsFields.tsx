'use client';
import { useId } from 'react';
import { CopyOutcome } from '../copy/CopyOutcome.js';
import { useCopyWithFallback } from '../copy/useCopyToClipboard.js';
import type { NormalizedConductorError } from '../core/index.js';
import { useConductorErrorStrings } from '../provider/context.js';

/** Props of `DetailsFields`. */
export interface DetailsFieldsProps {
  /** The error whose facts to list. */
  error: NormalizedConductorError;
  /** Adds the developer message; for admin and developer screens only. */
  showDeveloperDetails: boolean;
}

/** Props of `CopyValueButton`. */
interface CopyValueButtonProps {
  /** The text to copy. */
  value: string;
  /** The field's name, for the button's accessible name ("Copy Error code"). */
  field: string;
}

/**
 * The copy button beside one technical detail. Short visible text ("Copy") so
 * the table stays narrow; the accessible name says which field, because a
 * screen reader's list of buttons would otherwise read "Copy" five times. Same
 * honest outcome as `CopyRequestIdButton`: "Copied" only after a real copy, and
 * the value selected in a read-only field when the browser refuses.
 */
function CopyValueButton({ value, field }: CopyValueButtonProps) {
  const strings = useConductorErrorStrings();
  const clipboard = useCopyWithFallback();
  return (
    <>
      <button
        type="button"
        data-slot="details-copy"
        data-state={clipboard.state}
        aria-label={strings.copyValueLabel(field)}
        onClick={() => clipboard.copy(value)}
      >
        {strings.copyValue}
      </button>{' '}
      <CopyOutcome copy={clipboard} slot="details-copy-status" strings={strings} />
    </>
  );
}

/**
 * The technical facts support asks for, as a description list (a two-column
 * table without headers reads worse on a screen reader): a label, the value in
 * `<code>` (the developer message in `<pre>`), and its copy button. Facts the
 * error does not have are left out rather than shown as blanks to puzzle over.
 * The developer message can hold SQL, keys or stack traces, so it is only
 * listed when the app asks for it.
 */
export function DetailsFields({ error, showDeveloperDetails }: DetailsFieldsProps) {
  const strings = useConductorErrorStrings();
  const headingId = useId();
  // Each row: its `data-field` name, its label, and its value when the error has one.
  const rows: [name: string, label: string, value: string | undefined][] = [
    ['code', strings.fieldCode, error.code],
    ['type', strings.fieldType, error.type],
    ['integration-code', strings.fieldIntegrationCode, error.integrationCode],
    ['http-status', strings.fieldHttpStatus, error.httpStatusCode?.toString()],
    ['request-id', strings.fieldRequestId, error.requestId],
    [
      'developer-message',
      strings.fieldDeveloperMessage,
      showDeveloperDetails && error.message !== '' ? error.message : undefined,
    ],
  ];
  return (
    <section data-slot="details-technical" aria-labelledby={headingId}>
      <h3 id={headingId} data-slot="details-technical-heading">
        {strings.detailsHeading}
      </h3>
      <dl data-slot="details-fields">
        {rows.map(([name, label, value]) =>
          value === undefined ? null : (
            <div key={name} data-slot="details-field" data-field={name}>
              <dt data-slot="details-field-label">{label}</dt>
              <dd data-slot="details-field-value">
                {name === 'developer-message' ? (
                  <pre data-slot="details-developer-message">{value}</pre>
                ) : (
                  <code data-slot="details-field-code">{value}</code>
                )}{' '}
                <CopyValueButton value={value} field={label} />
              </dd>
            </div>
          ),
        )}
      </dl>
    </section>
  );
}
