// QbdFixSteps' rendering in jsdom: the roles and names a screen reader user
// meets, with the seed message from Conductor's docs parsed by the real parser.
import '@testing-library/jest-dom/vitest';
import { render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_USER_FACING_MESSAGE, parseFixSteps } from '../../src/core/index.js';
import { QbdFixSteps } from '../../src/fix-steps/QbdFixSteps.js';
import { es } from '../../src/i18n/es.js';
import { ConductorErrorContext, DEFAULT_CONFIG } from '../../src/provider/context.js';
import { qbdConnectionError } from '../../stories/fixtures/errors.js';
import { SEED_USER_FACING_MESSAGE } from '../../stories/fixtures/seed.js';

/** A QuickBooks business-rule error: it says what is wrong, with no instruction to follow. */
const NO_STEPS = 'The name "Test Account" is already in use in QuickBooks Desktop.';

/** The steps' accessible names: a quoted label is a <q>, whose quotes the browser draws (jsdom draws none). */
const SEED_STEP_NAMES = [
  'open QuickBooks Desktop',
  'log in as Admin',
  'navigate to Edit, then Preferences, then Integrated Applications',
  'click Company Preferences',
  'select our app',
  'click Properties...',
  'ensure Allow this application to log in automatically is checked',
  'click OK',
];

describe('QbdFixSteps with the seed message', () => {
  it('renders intro, a checklist group named by its legend, one named checkbox per step, progress and outro', () => {
    const { container } = render(<QbdFixSteps message={SEED_USER_FACING_MESSAGE} />);
    const group = screen.getByRole('group', { name: 'How to fix this' });
    expect(group.tagName).toBe('FIELDSET');
    const checkboxes = within(group).getAllByRole('checkbox');
    expect(checkboxes).toHaveLength(8);
    for (const [index, name] of SEED_STEP_NAMES.entries()) {
      expect(checkboxes[index]).toHaveAccessibleName(name);
      expect(checkboxes[index]).not.toBeChecked();
    }
    expect(within(group).getByRole('list').tagName).toBe('OL');
    expect(within(group).getByRole('status')).toHaveTextContent('0 of 8 done');
    const paragraphs = [...container.querySelectorAll('p:not([role])')].map((p) => p.textContent);
    expect(paragraphs[0]).toMatch(/^We could not connect to QuickBooks Desktop/);
    expect(paragraphs.at(-1)).toBe('Then try again.');
  });

  it('draws the menu path as nested <kbd> chips hidden from screen readers, which hear a sentence instead', () => {
    const { container } = render(<QbdFixSteps message={SEED_USER_FACING_MESSAGE} />);
    const items = [...container.querySelectorAll('kbd kbd')].map((kbd) => kbd.textContent);
    expect(items).toEqual(['Edit', 'Preferences', 'Integrated Applications']);
    const chips = container.querySelectorAll('kbd:not(kbd kbd)');
    expect(chips).toHaveLength(1);
    expect(chips[0]).toHaveAttribute('aria-hidden', 'true');
    expect(chips[0]?.textContent).toBe('Edit › Preferences › Integrated Applications');
    // The path's own quotes went into the chip: the step reads "navigate to", then the sentence.
    expect(chips[0]?.closest('label')?.textContent).toBe(
      'navigate to Edit, then Preferences, then Integrated ApplicationsEdit › Preferences › Integrated Applications',
    );
  });

  it('draws quoted labels as <q> chips, one element each, the quotes drawn by the browser instead of the text', () => {
    const { container } = render(<QbdFixSteps message={SEED_USER_FACING_MESSAGE} />);
    const labels = [...container.querySelectorAll('q')];
    expect(labels.map((label) => label.textContent)).toEqual([
      'Company Preferences',
      'Properties...',
      'Allow this application to log in automatically',
      'OK',
    ]);
    expect(labels.every((label) => label.childElementCount === 0)).toBe(true);
    expect(labels[0]?.closest('label')?.textContent).toBe('click Company Preferences');
  });

  it('accepts the plan itself, or an error whose user-facing message it parses', () => {
    const { rerender } = render(<QbdFixSteps steps={parseFixSteps(SEED_USER_FACING_MESSAGE)} />);
    expect(screen.getAllByRole('checkbox')).toHaveLength(8);
    rerender(<QbdFixSteps error={{ error: qbdConnectionError.body }} />);
    expect(screen.getAllByRole('checkbox')).toHaveLength(8);
    expect(screen.getByRole('checkbox', { name: SEED_STEP_NAMES[2] })).toBeVisible();
  });
});

describe('QbdFixSteps without steps', () => {
  it('renders the message as a paragraph, with no fieldset, checklist or progress', () => {
    const { container } = render(<QbdFixSteps message={NO_STEPS} />);
    expect(container.querySelector('p')).toHaveTextContent(NO_STEPS);
    expect(screen.queryByRole('group')).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
    expect(container.querySelector('fieldset, ol')).toBeNull();
  });

  it('renders nothing for an empty message or no source at all', () => {
    expect(render(<QbdFixSteps message="" />).container).toBeEmptyDOMElement();
    expect(render(<QbdFixSteps />).container).toBeEmptyDOMElement();
  });

  it.each([
    ['null', null],
    ['a number', 42],
    [
      'an object whose getters throw',
      Object.defineProperty({}, 'userFacingMessage', {
        get: () => {
          throw new Error('getter');
        },
      }),
    ],
  ])("shows Conductor's generic text for %s as error", (_name, error) => {
    render(<QbdFixSteps error={error} />);
    expect(screen.getByText(DEFAULT_USER_FACING_MESSAGE)).toBeVisible();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it.each([
    ['a string', 'open QuickBooks', []],
    ['an object without steps', { intro: 5, steps: 'nope' }, []],
    [
      'steps of the wrong shape',
      { intro: 'Do this:', steps: [null, 3, { text: 9 }, { text: 'Open QuickBooks', labels: [1] }], outro: '' },
      ['Open QuickBooks'],
    ],
  ])('survives %s as steps, keeping only well-formed steps', (_name, steps, names) => {
    render(<QbdFixSteps steps={steps as never} />);
    const boxes = screen.queryAllByRole('checkbox');
    expect(boxes).toHaveLength(names.length);
    for (const [index, name] of names.entries()) expect(boxes[index]).toHaveAccessibleName(name);
  });
});

describe('QbdFixSteps text handling', () => {
  it('renders HTML inside a message as text, never as markup', () => {
    const html =
      '<img src=x onerror="alert(1)"> To fix this, open <b>QuickBooks</b>, then click \'<i>OK</i>\'. Then try again.';
    const { container } = render(<QbdFixSteps message={html} />);
    expect(container.querySelector('img, b, i, script')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror="alert(1)">');
    expect(container.textContent).toContain('<b>QuickBooks</b>');
  });

  it('keeps every word of a step, verbatim, around its chips', () => {
    const message =
      "To fix this, go to 'File > Utilities > Verify Data' and wait, then press 'Yes, always; allow access' when asked.";
    render(<QbdFixSteps message={message} />);
    const plan = parseFixSteps(message);
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(plan.steps.length);
    const lastStep = plan.steps.at(-1)?.text ?? '';
    expect(lastStep).toContain("press 'Yes, always; allow access' when asked");
    // Every word; only the label's own quotes became its <q>.
    expect(boxes.at(-1)).toHaveAccessibleName(lastStep.replace(/'(Yes[^']*)'/, '$1'));
    expect(screen.getByText('Yes, always; allow access').tagName).toBe('Q');
  });
});

describe('QbdFixSteps chips', () => {
  const renderStep = (step: { text: string; menuPath?: string[]; labels: string[] }) =>
    render(
      <QbdFixSteps
        steps={{
          intro: '',
          steps: [{ menuPath: undefined, parts: [{ kind: 'text', text: step.text }], ...step }],
          outro: '',
        }}
      />,
    ).container;

  it('turns a repeated label into one chip per occurrence, in order', () => {
    const container = renderStep({ text: "click 'OK', then 'OK' again", labels: ['OK', 'OK'] });
    expect([...container.querySelectorAll('q')].map((q) => q.textContent)).toEqual(['OK', 'OK']);
    expect(container.querySelector('label')?.textContent).toBe('click OK, then OK again');
  });

  it('keeps a quoted menu path whole, its quotes and bold inside the chip, and a label after it', () => {
    const container = renderStep({
      text: "go to **'Edit' > 'Preferences'**, then click 'Edit'",
      menuPath: ['Edit', 'Preferences'],
      labels: ['Edit'],
    });
    expect([...container.querySelectorAll('kbd kbd')].map((kbd) => kbd.textContent)).toEqual(['Edit', 'Preferences']);
    expect([...container.querySelectorAll('q')].map((q) => q.textContent)).toEqual(['Edit']);
    expect(container.querySelector('label')?.textContent).toBe(
      'go to Edit, then PreferencesEdit › Preferences, then click Edit',
    );
  });

  it('leaves as plain text whatever the step does not hold, or holds unquoted', () => {
    const container = renderStep({ text: 'open File then OK', menuPath: ['File', 'Close'], labels: ['OK', 'Nope'] });
    expect(container.querySelector('kbd, q, span')).toBeNull();
    expect(screen.getByRole('checkbox')).toHaveAccessibleName('open File then OK');
  });
});

describe('QbdFixSteps strings and props', () => {
  it('lets props override the legend, the progress text and the menu-path reading', () => {
    render(
      <QbdFixSteps
        message={SEED_USER_FACING_MESSAGE}
        strings={{
          fixStepsLegend: 'Steps',
          fixStepsProgress: (done, total) => `${done}/${total}`,
          menuPathLabel: (items) => items.join(' to '),
        }}
      />,
    );
    expect(screen.getByRole('group', { name: 'Steps' })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('0/8');
    expect(
      screen.getByRole('checkbox', { name: 'navigate to Edit to Preferences to Integrated Applications' }),
    ).toBeVisible();
  });

  it('uses the strings of the locale in force', () => {
    render(
      <ConductorErrorContext.Provider value={{ ...DEFAULT_CONFIG, strings: es }}>
        <QbdFixSteps message={SEED_USER_FACING_MESSAGE} />
      </ConductorErrorContext.Provider>,
    );
    expect(screen.getByRole('group', { name: 'Cómo solucionarlo' })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('0 de 8 completados');
    expect(
      screen.getByRole('checkbox', { name: 'navigate to Edit, luego Preferences, luego Integrated Applications' }),
    ).toBeVisible();
  });

  it('merges className, spreads other props on the root and passes ref to it', () => {
    const ref = createRef<HTMLDivElement>();
    render(<QbdFixSteps message={SEED_USER_FACING_MESSAGE} className="mine" data-testid="root" ref={ref} />);
    expect(screen.getByTestId('root')).toHaveClass('cui-fix-steps', 'mine');
    expect(ref.current).toBe(screen.getByTestId('root'));
  });
});
