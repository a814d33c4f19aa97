// QbdFixSteps' rendering in jsdom: the roles and names a screen reader user
// meets, chips drawn from each step's parts, with the seed message parsed by the
// real parser and with hand-made plans whose parts say exactly which chips a step holds.
import '@testing-library/jest-dom/vitest';
import { render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_USER_FACING_MESSAGE, type FixStep, parseFixSteps } from '../../src/core/index.js';
import { QbdFixSteps } from '../../src/fix-steps/QbdFixSteps.js';
import { es } from '../../src/i18n/es.js';
import { en } from '../../src/i18n/strings.js';
import { ConductorErrorContext, DEFAULT_CONFIG } from '../../src/provider/context.js';
import { qbdConnectionError } from '../../stories/fixtures/errors.js';
import { label, SEED_PLAN, step, WORDS_AROUND_MENUS } from '../../stories/fixtures/fix-plans.js';
import { SEED_USER_FACING_MESSAGE } from '../../stories/fixtures/seed.js';

/** A QuickBooks business-rule error: it says what is wrong, with no instruction to follow. */
const NO_STEPS = 'The name "Test Account" is already in use in QuickBooks Desktop.';

/** The seed's steps as a screen reader names their checkboxes: capitalised, chips read as words. */
const SEED_STEP_NAMES = [
  'Open QuickBooks Desktop',
  'Log in as Admin',
  'Navigate to Edit, then Preferences, then Integrated Applications',
  'Click Company Preferences',
  'Select our app',
  'Click Properties...',
  'Ensure Allow this application to log in automatically is checked',
  'Click OK',
];

const boxes = () => screen.getAllByRole('checkbox');
const rows = (container: HTMLElement) => [...container.querySelectorAll('label')].map((row) => row.textContent);

/** What a step's row holds as text when drawn from its parts: the menu sentence and its items, labels without quotes. */
const drawn = ({ parts }: FixStep) =>
  parts
    .map((part, index) => {
      if (part.kind === 'menu') return en.menuPathLabel(part.items) + part.items.join(' › ');
      if (part.kind === 'label') return part.label;
      return index === 0 ? part.text.charAt(0).toUpperCase() + part.text.slice(1) : part.text;
    })
    .join('');

describe('QbdFixSteps with the seed message', () => {
  it('renders intro, a checklist group named by its legend, one checkbox per step, progress and outro', () => {
    const { container } = render(<QbdFixSteps message={SEED_USER_FACING_MESSAGE} />);
    const group = screen.getByRole('group', { name: 'How to fix this' });
    expect(group.tagName).toBe('FIELDSET');
    expect(within(group).getAllByRole('checkbox')).toHaveLength(8);
    for (const [index, name] of SEED_STEP_NAMES.entries()) {
      // The steps without a chip read the same whatever chips the parser finds.
      if (![2, 3, 5, 6, 7].includes(index)) expect(boxes()[index]).toHaveAccessibleName(name);
      expect(boxes()[index]).not.toBeChecked();
    }
    expect(within(group).getByRole('list').tagName).toBe('OL');
    expect(within(group).getByRole('status')).toHaveTextContent('0 of 8 done');
    const paragraphs = [...container.querySelectorAll('p:not([role])')].map((p) => p.textContent);
    // The lead-in introduces a list on screen: its comma shows as a colon.
    expect(paragraphs[0]).toMatch(/^We could not connect to QuickBooks Desktop.* To fix this:$/);
    expect(paragraphs.at(-1)).toBe('Then try again.');
  });

  it('draws each step from the parts the parser gives, and nothing else', () => {
    const { container } = render(<QbdFixSteps message={SEED_USER_FACING_MESSAGE} />);
    expect(rows(container)).toEqual(parseFixSteps(SEED_USER_FACING_MESSAGE).steps.map(drawn));
  });

  it('accepts the plan itself, or an error whose user-facing message it parses', () => {
    const { rerender } = render(<QbdFixSteps steps={SEED_PLAN} />);
    expect(boxes()).toHaveLength(8);
    rerender(<QbdFixSteps error={{ error: qbdConnectionError.body }} />);
    expect(boxes()).toHaveLength(8);
    expect(screen.getByRole('checkbox', { name: 'Log in as Admin' })).toBeVisible();
  });
});

describe('QbdFixSteps chips from parts', () => {
  it('has a hand-made seed plan with the parser’s own texts, so both share saved progress', () => {
    const parsed = parseFixSteps(SEED_USER_FACING_MESSAGE);
    expect([SEED_PLAN.intro, SEED_PLAN.outro]).toEqual([parsed.intro, parsed.outro]);
    expect(SEED_PLAN.steps.map((one) => one.text)).toEqual(parsed.steps.map((one) => one.text));
  });

  it('names every seed step as a screen reader hears it', () => {
    render(<QbdFixSteps steps={SEED_PLAN} />);
    expect(boxes()).toHaveLength(8);
    for (const [index, name] of SEED_STEP_NAMES.entries()) expect(boxes()[index]).toHaveAccessibleName(name);
  });

  it('draws a menu path as nested <kbd> chips hidden from screen readers, which hear a sentence instead', () => {
    const { container } = render(<QbdFixSteps steps={SEED_PLAN} />);
    expect([...container.querySelectorAll('kbd kbd')].map((kbd) => kbd.textContent)).toEqual([
      'Edit',
      'Preferences',
      'Integrated Applications',
    ]);
    const chips = container.querySelectorAll('kbd:not(kbd kbd)');
    expect(chips).toHaveLength(1);
    expect(chips[0]).toHaveAttribute('aria-hidden', 'true');
    expect(chips[0]?.textContent).toBe('Edit › Preferences › Integrated Applications');
    // The path's own quotes are the part's: the step reads "Navigate to", then the sentence.
    expect(chips[0]?.closest('label')?.textContent).toBe(
      'Navigate to Edit, then Preferences, then Integrated ApplicationsEdit › Preferences › Integrated Applications',
    );
  });

  it('draws quoted labels as <q> chips, one element each, the quotes drawn by the browser instead of the text', () => {
    const { container } = render(<QbdFixSteps steps={SEED_PLAN} />);
    const labels = [...container.querySelectorAll('q')];
    expect(labels.map((q) => q.textContent)).toEqual([
      'Company Preferences',
      'Properties...',
      'Allow this application to log in automatically',
      'OK',
    ]);
    expect(labels.every((q) => q.childElementCount === 0)).toBe(true);
    expect(labels[2]?.closest('label')?.textContent).toBe(
      'Ensure Allow this application to log in automatically is checked',
    );
  });

  it('keeps the words before and after a menu path, even a word that is also an item', () => {
    const { container } = render(<QbdFixSteps steps={WORDS_AROUND_MENUS} />);
    expect(boxes().map((box) => box.closest('label')?.textContent)).toEqual(WORDS_AROUND_MENUS.steps.map(drawn));
    expect(boxes()[0]).toHaveAccessibleName(
      'Choose File, then Switch to Single-user Mode from the menu bar at the top',
    );
    expect(boxes()[1]).toHaveAccessibleName(
      'Navigate to Edit, then Edit, then Preferences, then Integrated Applications',
    );
    expect(container.querySelectorAll('kbd:not(kbd kbd)')).toHaveLength(2);
  });

  it('turns a repeated label into one chip per part, in order', () => {
    const { container } = render(
      <QbdFixSteps
        steps={{ intro: '', steps: [step('click ', label("'OK'"), ', then ', label("'OK'"), ' again')], outro: '' }}
      />,
    );
    expect([...container.querySelectorAll('q')].map((q) => q.textContent)).toEqual(['OK', 'OK']);
    expect(container.querySelector('label')?.textContent).toBe('Click OK, then OK again');
  });

  it('shows a plain-text step as its words only, whatever menuPath and labels claim', () => {
    const plain = { text: "open File then 'OK'", parts: [{ kind: 'text' as const, text: "open File then 'OK'" }] };
    const { container } = render(
      <QbdFixSteps
        steps={{ intro: '', steps: [{ ...plain, menuPath: ['File', 'Close'], labels: ['OK'] }], outro: '' }}
      />,
    );
    expect(container.querySelector('kbd, q, span')).toBeNull();
    expect(screen.getByRole('checkbox')).toHaveAccessibleName("Open File then 'OK'");
  });
});

describe('QbdFixSteps without steps', () => {
  it('renders the message as a paragraph, with no fieldset, checklist or progress', () => {
    const { container } = render(<QbdFixSteps message={NO_STEPS} />);
    expect(container.querySelector('p')).toHaveTextContent(NO_STEPS);
    expect(container.firstElementChild).toHaveAttribute('data-layout', 'text');
    expect(screen.queryByRole('group')).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('reads the error when the message is null', () => {
    render(<QbdFixSteps message={null as never} error={{ error: qbdConnectionError.body }} />);
    expect(boxes()).toHaveLength(8);
  });

  it('renders nothing for an empty message or no source at all', () => {
    expect(render(<QbdFixSteps message="" />).container).toBeEmptyDOMElement();
    expect(render(<QbdFixSteps />).container).toBeEmptyDOMElement();
  });

  it.each([
    ['null', null],
    ['a number', 42],
  ])("shows Conductor's generic text for %s as error", (_name, error) => {
    render(<QbdFixSteps error={error} />);
    expect(screen.getByText(DEFAULT_USER_FACING_MESSAGE)).toBeVisible();
    expect(screen.queryByRole('checkbox')).toBeNull();
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

  it('keeps every word of every step of a message, drawn from its parts', () => {
    const message =
      "To fix this, go to 'File > Utilities > Verify Data' and wait, then press 'Yes, always; allow access' when asked.";
    const { container } = render(<QbdFixSteps message={message} />);
    expect(rows(container)).toEqual(parseFixSteps(message).steps.map(drawn));
  });
});

describe('QbdFixSteps strings and props', () => {
  it('lets props override the legend, the progress text and the menu-path reading', () => {
    render(
      <QbdFixSteps
        steps={SEED_PLAN}
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
      screen.getByRole('checkbox', { name: 'Navigate to Edit to Preferences to Integrated Applications' }),
    ).toBeVisible();
  });

  it('uses the strings of the locale in force', () => {
    render(
      <ConductorErrorContext.Provider value={{ ...DEFAULT_CONFIG, strings: es }}>
        <QbdFixSteps steps={SEED_PLAN} />
      </ConductorErrorContext.Provider>,
    );
    expect(screen.getByRole('group', { name: 'Cómo solucionarlo' })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('0 de 8 completados');
    expect(
      screen.getByRole('checkbox', { name: 'Navigate to Edit, luego Preferences, luego Integrated Applications' }),
    ).toBeVisible();
  });

  it('merges className, spreads other props on the root and passes ref to it', () => {
    const ref = createRef<HTMLDivElement>();
    render(<QbdFixSteps message={SEED_USER_FACING_MESSAGE} className="mine" data-testid="root" ref={ref} />);
    expect(screen.getByTestId('root')).toHaveClass('cui-fix-steps', 'mine');
    expect(screen.getByTestId('root')).toHaveAttribute('data-layout', 'checklist');
    expect(ref.current).toBe(screen.getByTestId('root'));
  });
});
