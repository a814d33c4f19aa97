// A Server Component page that hands the components raw errors: a
// conductor-node v12 error instance, a v11 one, and the API's JSON envelope.
// The package's `react-server` entry reads them on the server, so only what
// the components show reaches the browser: no developer `message`, no headers.
import { ConductorErrorAlert, CopyRequestIdButton, QbdFixSteps } from 'conductor-error-ui';
import { connection } from 'next/server';
import { healthCheckError, healthCheckErrorV11, healthCheckJson } from '../lib/conductor';

/** Said where a check worked, so the page never shows an empty section. */
const WORKED = 'QuickBooks Desktop answered: nothing to fix.';

export default async function ServerComponentsPage() {
  // Asked at request time, never at build time.
  await connection();
  const [error, errorV11, json] = await Promise.all([healthCheckError(), healthCheckErrorV11(), healthCheckJson()]);
  return (
    <>
      <h1>Errors rendered by Server Components</h1>
      <section aria-labelledby="v12">
        <h2 id="v12">A conductor-node v12 error, as thrown</h2>
        {error ? <ConductorErrorAlert error={error} /> : <p>{WORKED}</p>}
      </section>
      <section aria-labelledby="v11">
        <h2 id="v11">A conductor-node v11 error, compact</h2>
        {errorV11 ? <ConductorErrorAlert error={errorV11} compact /> : <p>{WORKED}</p>}
      </section>
      <section aria-labelledby="json">
        <h2 id="json">The API’s JSON, as fetched</h2>
        {json ? (
          <>
            <QbdFixSteps error={json} />
            <CopyRequestIdButton error={json} copy="supportDetails" />
          </>
        ) : (
          <p>{WORKED}</p>
        )}
      </section>
    </>
  );
}
