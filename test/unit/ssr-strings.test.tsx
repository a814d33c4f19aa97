// Server rendering with hostile strings and locales: the page renders, the
// broken key in English and the good ones as given, in both entries.
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ConductorErrorAlert as ClientAlert } from '../../src/alert/ConductorErrorAlert.js';
import { ConductorErrorProvider } from '../../src/provider/ConductorErrorProvider.js';
import { ConductorErrorAlert as ServerAlert } from '../../src/server/index.js';
import { qbdConnectionError } from '../../stories/fixtures/errors.js';
import { HOSTILE_STRINGS } from '../hostile-strings.js';

const seed = qbdConnectionError.body;

/** The seed's alert from one entry, the hostile value given as its `strings` or its provider's `locale`. */
function page(Alert: typeof ClientAlert, via: 'strings' | 'locale', value: unknown): ReactNode {
  const props = { error: seed, onRetry: () => {}, onContactSupport: () => {} };
  return via === 'strings' ? (
    <Alert {...props} strings={value as never} />
  ) : (
    <ConductorErrorProvider locale={value as never}>
      <Alert {...props} />
    </ConductorErrorProvider>
  );
}

describe.each([
  ['the client entry', ClientAlert],
  ['the Server Component entry', ServerAlert as typeof ClientAlert],
])('server rendering through %s', (_entry, Alert) => {
  it.each(HOSTILE_STRINGS)('$name (as $via): English for the broken key, the rest as given', (hostile) => {
    const html = renderToString(page(Alert, hostile.via, hostile.value));
    expect(html).toContain(hostile.english);
    expect(html).toContain(hostile.kept);
    // No button rendered empty: each has text between its tags.
    expect(html).not.toMatch(/<button[^>]*><\/button>/);
  });
});
