// Server rendering on Node, with no window or document: every component renders
// to HTML, text from the error is escaped, and the developer message stays out.
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ConductorErrorAlert } from '../../src/alert/ConductorErrorAlert.js';
import { CopyRequestIdButton } from '../../src/copy/CopyRequestIdButton.js';
import { ConductorErrorDetails } from '../../src/details/ConductorErrorDetails.js';
import { QbdFixSteps } from '../../src/fix-steps/QbdFixSteps.js';
import { es } from '../../src/i18n/es.js';
import { ConductorErrorProvider } from '../../src/provider/ConductorErrorProvider.js';
import { apiKeyInvalid, qbdConnectionError } from '../../stories/fixtures/errors.js';
import { SEED_MESSAGE } from '../../stories/fixtures/seed.js';
import { HOSTILE } from '../hostile-inputs.js';

const seed = qbdConnectionError.body;

describe('server rendering', () => {
  it('renders the full alert with no DOM: title, checklist and request id, no developer message', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const html = renderToString(<ConductorErrorAlert error={seed} onRetry={() => {}} showDeveloperDetails />);
    expect(html).toContain('role="status"');
    expect(html).toContain('data-severity="warning"');
    expect(html).toContain('Could not reach QuickBooks Desktop');
    expect(html.match(/type="checkbox"/g)).toHaveLength(8);
    expect(html).toContain(seed.requestId);
    expect(html).toContain('Try again');
    expect(html).not.toContain(SEED_MESSAGE);
  });

  it('renders the compact alert and the provider’s locale', () => {
    const html = renderToString(
      <ConductorErrorProvider locale={es}>
        <ConductorErrorAlert error={apiKeyInvalid.body} compact />
      </ConductorErrorProvider>,
    );
    expect(html).toContain('role="alert"');
    expect(html).toContain('data-layout="compact"');
    expect(html).toContain('Cómo solucionarlo');
  });

  it('does not render autoFocus as an attribute (focus moves on the client)', () => {
    const html = renderToString(<ConductorErrorAlert error={seed} autoFocus />);
    expect(html).not.toMatch(/autofocus/i);
    expect(html).toContain('tabindex="-1"');
  });

  it('renders the details dialog’s trigger; the dialog itself mounts on the client', () => {
    const closed = renderToString(<ConductorErrorDetails error={seed} />);
    expect(closed).toContain('aria-haspopup="dialog"');
    expect(closed).toContain('>Details</button>');
    const open = renderToString(<ConductorErrorDetails error={seed} defaultOpen showDeveloperDetails trigger={null} />);
    expect(open).toBe('');
  });

  it('escapes HTML inside a message instead of rendering it', () => {
    const error = {
      ...seed,
      userFacingMessage: 'Open <b>QuickBooks</b> <script>alert(1)</script> now.',
      code: '<img src=x onerror=alert(1)>',
    };
    const html = renderToString(<ConductorErrorAlert error={error} title={'<i>t</i>'} />);
    expect(html).toContain('&lt;b&gt;QuickBooks&lt;/b&gt;');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('&lt;i&gt;t&lt;/i&gt;');
    expect(html).not.toMatch(/<(b|script|img|i)[\s>]/);
  });

  it.each(HOSTILE)('renders every component for %s as a generic error, with no DOM', (_name, make) => {
    const html = renderToString(
      <>
        <ConductorErrorAlert error={make()} />
        <ConductorErrorAlert error={make()} compact />
        <QbdFixSteps error={make()} />
        <CopyRequestIdButton requestId="req_1" error={make()} copy="supportDetails" />
        <ConductorErrorDetails error={make()} />
      </>,
    );
    expect(html).toContain('Something went wrong');
    expect(html).toContain('An internal server error occurred. Please try again later.');
    expect(html).toContain('Copy support details');
  });
});
