// QbdFixSteps with plans from plain JavaScript (parts missing, of the wrong
// kind, not adding up to the text, getters and Proxies that throw), the way it
// shows a step and an intro, huge messages, and rows that re-render alone.
import '@testing-library/jest-dom/vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { FixPlan } from '../../src/core/index.js';
import { QbdFixSteps } from '../../src/fix-steps/QbdFixSteps.js';
import { MAX_CHECKLIST_CHARS, MAX_CHECKLIST_STEPS } from '../../src/fix-steps/read-plan.js';
import { label, menu, numberedSteps, step } from '../../stories/fixtures/fix-plans.js';

const throwing = (): never => {
  throw new Error('hostile');
};
/** A Proxy whose every trap throws. */
const trap = () => new Proxy({}, { get: throwing, has: throwing, ownKeys: throwing, getPrototypeOf: throwing });
const withGetter = (value: object, key: string) => Object.defineProperty(value, key, { get: throwing });

const plan = (...steps: unknown[]) => ({ intro: 'To fix this,', steps, outro: 'Then try again.' }) as FixPlan;
const names = () => screen.queryAllByRole('checkbox').map((box) => box.closest('label')?.textContent);
const chips = (container: HTMLElement) => container.querySelectorAll('kbd, q').length;

/** An app that owns the checked state, with a fresh strings object on every render as apps write it inline. */
function ControlledApp({ steps, say }: { steps: FixPlan; say: (items: readonly string[]) => string }) {
  const [checked, setChecked] = useState<boolean[]>([]);
  return <QbdFixSteps steps={steps} checked={checked} onCheckedChange={setChecked} strings={{ menuPathLabel: say }} />;
}

describe('QbdFixSteps reading a plan from plain JavaScript', () => {
  it.each([
    ['no parts', { text: "click 'OK'" }],
    ['parts that are not a list', { text: "click 'OK'", parts: 'click' }],
    ['no parts at all in the list', { text: "click 'OK'", parts: [] }],
    ['parts that drop words', { text: "click 'OK'", parts: [{ kind: 'text', text: 'click ' }] }],
    ['parts that add words', { text: "click 'OK'", parts: [{ kind: 'text', text: 'now click ' }, label("'OK'")] }],
    ['parts out of order', { text: "click 'OK'", parts: [label("'OK'"), { kind: 'text', text: 'click ' }] }],
    [
      'a part without text',
      {
        text: "click 'OK'",
        parts: [
          { kind: 'text', text: 'click ' },
          { kind: 'label', label: 'OK' },
        ],
      },
    ],
    ['parts whose getter throws', withGetter({ text: "click 'OK'" }, 'parts')],
    ['parts that are a Proxy whose traps throw', { text: "click 'OK'", parts: trap() }],
    [
      'a part that is a Proxy whose traps throw',
      { text: "click 'OK'", parts: [{ kind: 'text', text: 'click ' }, trap()] },
    ],
  ])('shows the step as its words, no chip, for %s', (_name, value) => {
    const { container } = render(<QbdFixSteps steps={plan(value)} />);
    expect(names()).toEqual(["Click 'OK'"]);
    expect(chips(container)).toBe(0);
  });

  it.each([
    ['an unknown kind', { kind: 'bold', text: "'OK'" }],
    ['a label without its name', { kind: 'label', text: "'OK'", label: '' }],
    ['a label whose name is not text', { kind: 'label', text: "'OK'", label: 7 }],
    ['a menu without items', { kind: 'menu', text: "'OK'", items: [] }],
    ['a menu with an item that is not text', { kind: 'menu', text: "'OK'", items: ['OK', null] }],
    ['a label whose getter throws', withGetter({ kind: 'label', text: "'OK'" }, 'label')],
  ])('draws %s as plain words and keeps the good chips', (_name, bad) => {
    const { container } = render(
      <QbdFixSteps
        steps={plan({
          text: "click 'OK' or 'Cancel'",
          parts: [{ kind: 'text', text: 'click ' }, bad, { kind: 'text', text: ' or ' }, label("'Cancel'")],
        })}
      />,
    );
    expect(names()).toEqual(["Click 'OK' or Cancel"]);
    expect([...container.querySelectorAll('q')].map((q) => q.textContent)).toEqual(['Cancel']);
  });

  it('skips steps it cannot read and keeps the rest', () => {
    const { container } = render(
      <QbdFixSteps
        steps={plan(
          null,
          3,
          'open QuickBooks',
          { text: 9 },
          { text: '  ' },
          withGetter({}, 'text'),
          trap(),
          step('open QuickBooks'),
          step('click ', label("'OK'")),
        )}
      />,
    );
    expect(names()).toEqual(['Open QuickBooks', 'Click OK']);
    expect(container.querySelector('p')).toHaveTextContent('To fix this:');
  });

  it.each([
    ['a string', 'open QuickBooks'],
    ['an object without steps', { intro: 5, steps: 'nope' }],
    ['a Proxy whose traps throw', trap()],
    [
      'a revoked Proxy',
      (() => {
        const { proxy, revoke } = Proxy.revocable({}, {});
        revoke();
        return proxy;
      })(),
    ],
    [
      'steps that are a Proxy whose traps throw',
      { intro: 'Do this:', steps: new Proxy([step('open QuickBooks')], { get: throwing }) },
    ],
    [
      'a list claiming a huge length',
      {
        intro: 'Do this:',
        steps: new Proxy([step('open QuickBooks')], {
          get: (target, key) => (key === 'length' ? 2 ** 40 : Reflect.get(target, key)),
        }),
      },
    ],
  ])('never throws on %s as steps', (_name, value) => {
    render(<QbdFixSteps steps={value as never} data-testid="root" />);
    expect(screen.queryAllByRole('checkbox').length).toBeLessThanOrEqual(1);
  });
});

describe('QbdFixSteps display', () => {
  it('shows each step with a capital and the lead-in with a colon, leaving the plan as it was', () => {
    const given = plan(
      step('open QuickBooks Desktop'),
      step('ßtraße stays'),
      step(label("'OK'"), ' is next'),
      step('5 minutes later, retry'),
    );
    const copy = structuredClone(given);
    const { container } = render(<QbdFixSteps steps={given} />);
    expect(names()).toEqual(['Open QuickBooks Desktop', 'ßtraße stays', 'OK is next', '5 minutes later, retry']);
    expect(container.querySelector('p')?.textContent).toBe('To fix this:');
    expect(given).toEqual(copy);
  });

  it('shows an outro cut out of a sentence with a capital after the steps', () => {
    const { container } = render(
      <QbdFixSteps message="To fix this, open QuickBooks Desktop, open your company file, then try again." />,
    );
    expect(names()).toEqual(['Open QuickBooks Desktop', 'Open your company file']);
    expect(container.querySelector('fieldset + p')?.textContent).toBe('Then try again.');
  });

  it('keeps an intro verbatim, comma and all, when no steps follow', () => {
    const { container } = render(<QbdFixSteps steps={{ intro: 'If this keeps happening,', steps: [], outro: '' }} />);
    expect(container.textContent).toBe('If this keeps happening,');
  });
});

describe('QbdFixSteps with huge messages', () => {
  it(`shows a message over ${MAX_CHECKLIST_CHARS} characters as paragraphs, every word kept`, () => {
    const sentence = "To fix this, open QuickBooks Desktop, then click 'OK'. ";
    const paragraph = sentence.repeat(40).trim();
    const message = Array.from({ length: 10 }, () => paragraph).join('\n\n');
    expect(message.length).toBeGreaterThan(MAX_CHECKLIST_CHARS);
    const { container } = render(<QbdFixSteps message={message} />);
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(container.firstElementChild).toHaveAttribute('data-layout', 'text');
    const paragraphs = [...container.querySelectorAll('p')].map((p) => p.textContent);
    expect(paragraphs).toEqual(Array.from({ length: 10 }, () => paragraph));
  });

  it(`shows more than ${MAX_CHECKLIST_STEPS} steps as paragraphs, their line breaks kept; ${MAX_CHECKLIST_STEPS} as a checklist`, () => {
    const over = numberedSteps(MAX_CHECKLIST_STEPS + 1).message;
    const { container, rerender } = render(<QbdFixSteps message={over} />);
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect([...container.querySelectorAll('p')].map((p) => p.textContent)).toEqual([over]);
    rerender(<QbdFixSteps message={numberedSteps(MAX_CHECKLIST_STEPS).message} />);
    expect(screen.getAllByRole('checkbox')).toHaveLength(MAX_CHECKLIST_STEPS);
  });

  it('shows a plan with too many steps as one paragraph per text', () => {
    const { plan: big } = numberedSteps(MAX_CHECKLIST_STEPS + 1);
    const { container } = render(<QbdFixSteps steps={big} />);
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect([...container.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      big.intro,
      ...big.steps.map((one) => one.text),
      big.outro,
    ]);
  });
});

describe('QbdFixSteps rows', () => {
  /** Steps whose menu paths name their own step, so each call to menuPathLabel tells which step's words were drawn. */
  const numbered = (count: number) =>
    plan(
      ...Array.from({ length: count }, (_, index) =>
        step('open ', menu(`File > Company ${index}`, ['File', `Company ${index}`])),
      ),
    );
  const drawnSteps = (say: ReturnType<typeof vi.fn>) => say.mock.calls.map(([items]) => items[1]);
  const reading = () => vi.fn((items: readonly string[]) => items.join(', then '));

  it.each([5, MAX_CHECKLIST_STEPS])('draws no step’s words again on a tick, of %s steps', async (count) => {
    const say = reading();
    render(<QbdFixSteps steps={numbered(count)} strings={{ menuPathLabel: say }} />);
    expect(say).toHaveBeenCalledTimes(count);
    say.mockClear();
    await userEvent.click(screen.getAllByRole('checkbox')[3] as HTMLElement);
    await userEvent.click(screen.getAllByRole('checkbox')[0] as HTMLElement);
    expect(drawnSteps(say)).toEqual([]);
    expect(screen.getAllByRole('listitem').map((item) => item.dataset.checked)).toEqual(
      Array.from({ length: count }, (_, index) => `${index === 0 || index === 3}`),
    );
    expect(screen.getByRole('status')).toHaveTextContent(`2 of ${count} done`);
  });

  it('draws no step’s words again when the app owns the state and re-renders with it', async () => {
    const say = reading();
    render(<ControlledApp steps={numbered(8)} say={say} />);
    say.mockClear();
    await userEvent.click(screen.getAllByRole('checkbox')[6] as HTMLElement);
    expect(drawnSteps(say)).toEqual([]);
    expect(screen.getAllByRole('checkbox')[6]).toBeChecked();
  });

  it('draws every step’s words again when the reading of menu paths changes', () => {
    const steps = numbered(3);
    const first = reading();
    const { rerender } = render(<QbdFixSteps steps={steps} strings={{ menuPathLabel: first }} />);
    const second = reading();
    rerender(<QbdFixSteps steps={steps} strings={{ menuPathLabel: second }} />);
    expect(drawnSteps(second)).toEqual(['Company 0', 'Company 1', 'Company 2']);
  });
});
