// On the server, a loose `showDeveloperDetails` (a string or a number from
// plain JavaScript) keeps the developer message out of the alert's HTML, and
// out of what the Server Component entry hands the browser.
import { type ReactElement, Suspense } from 'react';
import { renderToString } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';
import { describe, expect, it } from 'vitest';
import { ConductorErrorAlert as ClientAlert } from '../../src/alert/ConductorErrorAlert.js';
import { ConductorErrorAlert as ServerAlert } from '../../src/server/index.js';
import { qbdConnectionError } from '../../stories/fixtures/errors.js';
import { SEED_MESSAGE } from '../../stories/fixtures/seed.js';

const seed = qbdConnectionError.body;
const LOOSE: unknown[] = ['false', 'true', 1, 'no', {}, []];

/** Server HTML once every lazy part has loaded, as a streaming server sends it in the end. */
async function prerendered(element: ReactElement): Promise<string> {
  const { prelude } = await prerenderToNodeStream(<Suspense>{element}</Suspense>);
  let html = '';
  for await (const chunk of prelude) html += chunk;
  return html;
}

describe('a loose showDeveloperDetails on the server', () => {
  it.each(LOOSE)('%j: the alert’s HTML has no developer message, in either entry', async (value) => {
    const props = { error: seed, onRetry: () => {}, showDeveloperDetails: value as boolean };
    for (const html of [
      renderToString(<ClientAlert {...props} />),
      renderToString(<ServerAlert {...props} />),
      await prerendered(<ClientAlert {...props} />),
    ]) {
      expect(html).toContain('Could not reach QuickBooks Desktop');
      expect(html).not.toContain(SEED_MESSAGE);
    }
  });

  it.each(LOOSE)('%j: the Server Component entry lets no developer message cross', (value) => {
    const element = ServerAlert({ error: seed, showDeveloperDetails: value as boolean }) as ReactElement<{
      error: unknown;
    }>;
    expect(JSON.stringify(element.props)).not.toContain(SEED_MESSAGE);
  });

  it('with exactly true, the message crosses for the dialog but the alert itself never shows it', () => {
    const element = ServerAlert({ error: seed, showDeveloperDetails: true }) as ReactElement<{ error: unknown }>;
    expect(element.props.error).toMatchObject({ message: SEED_MESSAGE });
    expect(renderToString(element)).not.toContain(SEED_MESSAGE);
  });
});
