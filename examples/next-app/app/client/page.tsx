'use client';
// A Client Component page, as most apps show errors: it asks the app's own
// Route Handler, which answers with `toConductorErrorResponse`, and renders
// the JSON with the alert. The details dialog loads when first opened.
import { ConductorErrorAlert } from 'conductor-error-ui';
import { useCallback, useEffect, useState } from 'react';

type Check = { state: 'checking' } | { state: 'ok' } | { state: 'failed'; body: unknown };

export default function ClientPage() {
  const [check, setCheck] = useState<Check>({ state: 'checking' });
  const run = useCallback(async () => {
    setCheck({ state: 'checking' });
    const response = await fetch('/api/health-check', { cache: 'no-store' });
    setCheck(response.ok ? { state: 'ok' } : { state: 'failed', body: await response.json() });
  }, []);
  useEffect(() => {
    void run();
  }, [run]);
  return (
    <>
      <h1>An error rendered by a Client Component</h1>
      {check.state === 'checking' && <p role="status">Checking QuickBooks Desktop…</p>}
      {check.state === 'ok' && <p role="status">QuickBooks Desktop answered: nothing to fix.</p>}
      {check.state === 'failed' && <ConductorErrorAlert error={check.body} onRetry={run} />}
    </>
  );
}
