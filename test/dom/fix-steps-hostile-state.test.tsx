// The checklist's state with careless or hostile input: callbacks that throw or
// reject, persist keys that cannot become text, checked lists that throw, and
// storage that fails. The checklist keeps working and reports the app's failures once.
import '@testing-library/jest-dom/vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QbdFixSteps } from '../../src/fix-steps/QbdFixSteps.js';
import { expectConsole } from '../setup/fail-on-console.js';

const TWO_STEPS = "To fix this, open QuickBooks Desktop, then click 'OK'. Then try again.";

const throwing = (): never => {
  throw new Error('hostile');
};
const boxes = () => screen.getAllByRole('checkbox');
const progress = () => screen.getByRole('status').textContent;

afterEach(() => {
  window.localStorage.clear();
});

describe('QbdFixSteps with callbacks that fail', () => {
  it('keeps ticking when onCheckedChange and onComplete throw, and reports each failure once', async () => {
    const onCheckedChange = vi.fn(throwing);
    const onComplete = vi.fn(throwing);
    render(<QbdFixSteps message={TWO_STEPS} onCheckedChange={onCheckedChange} onComplete={onComplete} />);
    await userEvent.click(boxes()[0] as HTMLElement);
    await userEvent.click(boxes()[1] as HTMLElement);
    expect(boxes().every((box) => (box as HTMLInputElement).checked)).toBe(true);
    expect(progress()).toBe('2 of 2 done');
    expect(onCheckedChange).toHaveBeenCalledTimes(2);
    expect(onComplete).toHaveBeenCalledTimes(1);
    const reports = expectConsole();
    expect(reports).toHaveLength(3);
    expect(reports.filter((line) => line.includes('onCheckedChange'))).toHaveLength(2);
    expect(reports.filter((line) => line.includes('onComplete'))).toHaveLength(1);
  });

  it('reports a rejected async onComplete once, with no unhandled rejection', async () => {
    const onComplete = vi.fn(async () => {
      throw new Error('tracker down');
    });
    render(<QbdFixSteps message={TWO_STEPS} defaultChecked={[true]} onComplete={onComplete} />);
    await userEvent.click(boxes()[1] as HTMLElement);
    await vi.waitFor(() => expect(expectConsole()).toEqual([expect.stringContaining('onComplete')]));
    expect(progress()).toBe('2 of 2 done');
  });

  it('ignores callbacks that are not functions', async () => {
    render(<QbdFixSteps message={TWO_STEPS} onCheckedChange={'yes' as never} onComplete={{} as never} />);
    await userEvent.click(boxes()[0] as HTMLElement);
    expect(progress()).toBe('1 of 2 done');
  });

  it('hands the app a copy of the state, so changing it changes nothing on screen', async () => {
    render(<QbdFixSteps message={TWO_STEPS} onCheckedChange={(checked) => checked.fill(true)} />);
    await userEvent.click(boxes()[0] as HTMLElement);
    expect(progress()).toBe('1 of 2 done');
    expect(boxes()[1]).not.toBeChecked();
  });
});

describe('QbdFixSteps with a persist key that is not text', () => {
  const nullPrototype = Object.create(null);
  const throwingToString = { toString: throwing, valueOf: throwing };
  it.each([
    ['a Symbol', Symbol('progress')],
    ['a null-prototype object', nullPrototype],
    ['an object whose toString throws', throwingToString],
    ['a Proxy whose traps throw', new Proxy({}, { get: throwing, getPrototypeOf: throwing })],
  ])('keeps progress in memory for %s and saves nothing', async (_name, persistKey) => {
    render(<QbdFixSteps message={TWO_STEPS} persistKey={persistKey as never} />);
    await userEvent.click(boxes()[0] as HTMLElement);
    expect(boxes()[0]).toBeChecked();
    expect(progress()).toBe('1 of 2 done');
    expect(window.localStorage).toHaveLength(0);
  });

  it('uses a number as its digits', async () => {
    const first = render(<QbdFixSteps message={TWO_STEPS} persistKey={42 as never} />);
    await userEvent.click(boxes()[1] as HTMLElement);
    first.unmount();
    render(<QbdFixSteps message={TWO_STEPS} persistKey={'42'} />);
    expect(boxes()[1]).toBeChecked();
  });
});

describe('QbdFixSteps with checked lists that throw', () => {
  const hostile = new Proxy([true, true], { get: throwing });
  it.each([
    ['checked', { checked: hostile }],
    ['defaultChecked', { defaultChecked: hostile }],
  ])('renders %s whose reads throw as unchecked steps', (_name, props) => {
    render(<QbdFixSteps message={TWO_STEPS} {...props} />);
    expect(boxes().map((box) => (box as HTMLInputElement).checked)).toEqual([false, false]);
    expect(progress()).toBe('0 of 2 done');
  });

  it('keeps working from memory when storage itself is a Proxy whose traps throw', async () => {
    render(<QbdFixSteps message={TWO_STEPS} storage={new Proxy({}, { get: throwing }) as never} />);
    await userEvent.click(boxes()[0] as HTMLElement);
    expect(progress()).toBe('1 of 2 done');
  });
});
