// A missing or broken translation never crashes a screen: the broken key shows
// English, every other override stays, and every button keeps a name.
import '@testing-library/jest-dom/vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ConductorErrorAlert } from '../../src/alert/ConductorErrorAlert.js';
import { ConductorErrorDetails } from '../../src/details/ConductorErrorDetails.js';
import { QbdFixSteps } from '../../src/fix-steps/QbdFixSteps.js';
import { fr } from '../../src/i18n/fr.js';
import { ConductorErrorProvider } from '../../src/provider/ConductorErrorProvider.js';
import { qbdConnectionError } from '../../stories/fixtures/errors.js';
import { HOSTILE_STRINGS } from '../hostile-strings.js';

const seed = qbdConnectionError.body;

/** The seed's alert with every action it can show. */
const alert = (strings?: unknown) => (
  <ConductorErrorAlert error={seed} onRetry={() => {}} onContactSupport={() => {}} strings={strings as never} />
);

/** The two ways a hostile `strings` value reaches the alert. */
const WAYS: [string, (value: unknown) => ReactNode][] = [
  ['the alert’s strings', (value) => alert(value)],
  [
    'the provider’s strings',
    (value) => <ConductorErrorProvider strings={value as never}>{alert()}</ConductorErrorProvider>,
  ],
];

/** Every button on the page has an accessible name: none was left with an empty label. */
function expectNamedButtons() {
  for (const button of screen.getAllByRole('button')) expect(button).toHaveAccessibleName();
}

describe('hostile strings and locales', () => {
  describe.each(HOSTILE_STRINGS.filter((entry) => entry.via === 'strings'))('$name', ({ value, english, kept }) => {
    it.each(WAYS)('through %s: English for the broken key, the rest as given', (_way, tree) => {
      render(tree(value));
      expect(document.body).toHaveTextContent(english);
      expect(screen.getByRole('button', { name: kept })).toBeInTheDocument();
      expectNamedButtons();
    });
  });

  it.each(HOSTILE_STRINGS.filter((entry) => entry.via === 'locale'))(
    'the provider’s locale as $name: English for the missing keys, its own texts for the rest',
    ({ value, english, kept }) => {
      render(<ConductorErrorProvider locale={value as never}>{alert()}</ConductorErrorProvider>);
      expect(document.body).toHaveTextContent(english);
      expect(document.body).toHaveTextContent(kept);
      expectNamedButtons();
    },
  );

  it('inside a French provider, a broken override is ignored: that key keeps the French text', () => {
    render(
      <ConductorErrorProvider locale={fr}>
        <ConductorErrorProvider strings={{ retry: undefined, fixStepsProgress: 'x' as never }}>
          {alert()}
        </ConductorErrorProvider>
      </ConductorErrorProvider>,
    );
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
    const checklist = screen.getByRole('group', { name: 'Comment corriger le problème' });
    expect(within(checklist).getByRole('status').textContent).toBe('Étapes terminées\u00a0: 0 sur 8');
  });

  it('QbdFixSteps on its own: broken checklist strings fall back, a good legend stays', () => {
    render(
      <QbdFixSteps
        message={seed.userFacingMessage}
        strings={{ fixStepsLegend: 'Reconnect', fixStepsProgress: undefined, menuPathLabel: 'x' as never }}
      />,
    );
    expect(screen.getByRole('group', { name: 'Reconnect' })).toHaveTextContent('0 of 8 done');
    expect(document.body).toHaveTextContent('Edit, then Preferences, then Integrated Applications');
  });

  it('a translator that throws falls back for that call only, and the checklist keeps working', async () => {
    const user = userEvent.setup();
    // Fails for some counts only: each render asks again.
    const fixStepsProgress = (done: number, total: number) => {
      if (done === 1) throw new Error('no plural form for one');
      return `${done}/${total}`;
    };
    render(alert({ fixStepsProgress }));
    expect(document.body).toHaveTextContent('0/8');
    const [first, second] = screen.getAllByRole('checkbox');
    await user.click(first as HTMLElement);
    expect(document.body).toHaveTextContent('1 of 8 done');
    await user.click(second as HTMLElement);
    expect(document.body).toHaveTextContent('2/8');
  });

  it('the details dialog: broken keys fall back, so its buttons keep their names', () => {
    render(
      <ConductorErrorDetails
        error={seed}
        defaultOpen
        strings={{ close: undefined, copyValue: 42 as never, code: '', detailsHeading: 'Facts' }}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Could not reach QuickBooks Desktop' });
    expect(within(dialog).getByRole('button', { name: 'Close' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Copy Error code' })).toBeInTheDocument();
    expect(within(dialog).getByRole('region', { name: 'Facts' })).toBeInTheDocument();
    expectNamedButtons();
  });
});
