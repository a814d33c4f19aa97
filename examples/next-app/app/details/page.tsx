// The details dialog rendered by a Server Component: one for end users, and
// one for a developer screen that lists the developer `message` (the only way
// it crosses to the browser is `showDeveloperDetails` set to `true`).
import { ConductorErrorDetails } from 'conductor-error-ui';
import { connection } from 'next/server';
import { healthCheckError } from '../../lib/conductor';

export default async function DetailsPage() {
  await connection();
  const error = await healthCheckError();
  if (!error) return <p>QuickBooks Desktop answered: nothing to fix.</p>;
  return (
    <>
      <h1>The details dialog</h1>
      <section aria-labelledby="end-user">
        <h2 id="end-user">For end users</h2>
        <ConductorErrorDetails error={error} />
      </section>
      <section aria-labelledby="developer">
        <h2 id="developer">For a developer screen</h2>
        <ConductorErrorDetails
          error={error}
          showDeveloperDetails
          trigger={
            <button type="button" className="cui-details-trigger">
              Developer details
            </button>
          }
        />
      </section>
    </>
  );
}
