// QbdFixSteps' checked state in jsdom: uncontrolled, controlled, persisted, and
// server-rendered then hydrated, with storages that work, throw or hold garbage.
import '@testing-library/jest-dom/vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QbdFixSteps } from '../../src/fix-steps/QbdFixSteps.js';
import type { FixStepsStorage } from '../../src/fix-steps/useFixStepsState.js';
import { SEED_USER_FACING_MESSAGE } from '../../stories/fixtures/seed.js';

const TWO_STEPS = "To fix this, open QuickBooks Desktop, then click 'OK'. Then try again.";

/** A Storage-compatible adapter over a Map, as an app might pass for sessionStorage-like behaviour. */
class MapStorage implements FixStepsStorage {
  readonly entries = new Map<string, string>();
  getItem(key: string): string | null {
    return this.entries.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.entries.set(key, value);
  }
  removeItem(key: string): void {
    this.entries.delete(key);
  }
}

/** Storage as browsers hand it out when blocked or full: every call throws a DOMException. */
class ThrowingStorage implements FixStepsStorage {
  constructor(private readonly name: 'SecurityError' | 'QuotaExceededError') {}
  getItem(): string | null {
    throw new DOMException('blocked', this.name);
  }
  setItem(): void {
    throw new DOMException('full', this.name);
  }
  removeItem(): void {
    throw new DOMException('blocked', this.name);
  }
}

/** A parent that owns the checked state, as a controlled-mode app would. */
function ControlledParent() {
  const [checked, setChecked] = useState<boolean[]>([false, false]);
  return <QbdFixSteps message={TWO_STEPS} checked={checked} onCheckedChange={setChecked} />;
}

const progress = () => screen.getByRole('status').textContent;
const boxes = () => screen.getAllByRole('checkbox');

afterEach(() => {
  window.localStorage.clear();
});

describe('QbdFixSteps uncontrolled', () => {
  it('toggles with a click, updates the progress text and data-checked, and marks the root complete', async () => {
    const onCheckedChange = vi.fn();
    const onComplete = vi.fn();
    const { container } = render(
      <QbdFixSteps message={TWO_STEPS} onCheckedChange={onCheckedChange} onComplete={onComplete} />,
    );
    const root = container.firstElementChild;
    await userEvent.click(boxes()[0] as HTMLElement);
    expect(boxes()[0]).toBeChecked();
    expect(progress()).toBe('1 of 2 done');
    expect(boxes()[0]?.closest('li')).toHaveAttribute('data-checked', 'true');
    expect(boxes()[1]?.closest('li')).toHaveAttribute('data-checked', 'false');
    expect(root).toHaveAttribute('data-complete', 'false');
    await userEvent.click(boxes()[1] as HTMLElement);
    expect(progress()).toBe('2 of 2 done');
    expect(root).toHaveAttribute('data-complete', 'true');
    expect(onCheckedChange.mock.calls).toEqual([[[true, false]], [[true, true]]]);
    expect(onComplete).toHaveBeenCalledTimes(1);
    await userEvent.click(boxes()[1] as HTMLElement);
    expect(root).toHaveAttribute('data-complete', 'false');
    expect(onComplete).toHaveBeenCalledTimes(1);
  });

  it('starts from defaultChecked, ignoring extra or non-boolean entries', () => {
    render(<QbdFixSteps message={TWO_STEPS} defaultChecked={[false, true, true]} />);
    expect(boxes().map((box) => (box as HTMLInputElement).checked)).toEqual([false, true]);
    expect(progress()).toBe('1 of 2 done');
  });
});

describe('QbdFixSteps controlled', () => {
  it('shows exactly the checked prop and reports clicks without changing by itself', async () => {
    const onCheckedChange = vi.fn();
    render(<QbdFixSteps message={TWO_STEPS} checked={[false, true]} onCheckedChange={onCheckedChange} />);
    await userEvent.click(boxes()[0] as HTMLElement);
    expect(onCheckedChange).toHaveBeenCalledWith([true, true]);
    expect(boxes()[0]).not.toBeChecked();
    expect(progress()).toBe('1 of 2 done');
  });

  it('follows a parent that keeps the state', async () => {
    render(<ControlledParent />);
    await userEvent.click(boxes()[1] as HTMLElement);
    expect(boxes()[1]).toBeChecked();
    expect(progress()).toBe('1 of 2 done');
  });
});

describe('QbdFixSteps persistence', () => {
  it('restores progress from localStorage after a remount, for the same message only', async () => {
    const first = render(<QbdFixSteps message={SEED_USER_FACING_MESSAGE} persistKey="seed" />);
    await userEvent.click(boxes()[0] as HTMLElement);
    await userEvent.click(boxes()[2] as HTMLElement);
    first.unmount();

    const second = render(<QbdFixSteps message={SEED_USER_FACING_MESSAGE} persistKey="seed" />);
    expect(boxes().map((box) => (box as HTMLInputElement).checked)).toEqual([
      true,
      false,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(progress()).toBe('2 of 8 done');
    second.unmount();

    render(<QbdFixSteps message={TWO_STEPS} persistKey="seed" />);
    expect(progress()).toBe('0 of 2 done');
  });

  it('persists through a storage adapter and forgets the entry once nothing is checked', async () => {
    const storage = new MapStorage();
    const first = render(<QbdFixSteps message={TWO_STEPS} storage={storage} />);
    await userEvent.click(boxes()[1] as HTMLElement);
    expect(storage.entries.size).toBe(1);
    first.unmount();
    render(<QbdFixSteps message={TWO_STEPS} storage={storage} />);
    expect(boxes()[1]).toBeChecked();
    await userEvent.click(boxes()[1] as HTMLElement);
    expect(storage.entries.size).toBe(0);
  });

  it.each(['SecurityError', 'QuotaExceededError'] as const)(
    'keeps working from memory when storage throws %s on every call',
    async (name) => {
      render(<QbdFixSteps message={TWO_STEPS} storage={new ThrowingStorage(name)} />);
      expect(progress()).toBe('0 of 2 done');
      await userEvent.click(boxes()[0] as HTMLElement);
      await userEvent.click(boxes()[1] as HTMLElement);
      expect(progress()).toBe('2 of 2 done');
    },
  );

  it.each([
    ['text that is not JSON', 'not json'],
    ['the wrong number of entries', '[true]'],
    ['entries that are not booleans', '[1, "yes"]'],
    ['an object', '{"0": true, "1": true}'],
    ['JSON null', 'null'],
  ])('ignores %s in storage', async (_name, garbage) => {
    const storage = new MapStorage();
    const probe = render(<QbdFixSteps message={TWO_STEPS} storage={storage} />);
    await userEvent.click(boxes()[0] as HTMLElement);
    probe.unmount();
    const [key] = [...storage.entries.keys()];
    storage.setItem(key as string, garbage);
    render(<QbdFixSteps message={TWO_STEPS} storage={storage} />);
    expect(progress()).toBe('0 of 2 done');
    await userEvent.click(boxes()[1] as HTMLElement);
    expect(progress()).toBe('1 of 2 done');
  });

  it('renders unchecked on the server and hydrates without a mismatch, then restores saved progress', async () => {
    const storage = new MapStorage();
    const probe = render(<QbdFixSteps message={TWO_STEPS} storage={storage} />);
    await userEvent.click(boxes()[0] as HTMLElement);
    probe.unmount();

    const ui = <QbdFixSteps message={TWO_STEPS} storage={storage} />;
    const container = document.createElement('div');
    container.innerHTML = renderToString(ui);
    document.body.append(container);
    expect(boxes().map((box) => (box as HTMLInputElement).checked)).toEqual([false, false]);
    expect(progress()).toBe('0 of 2 done');
    // A hydration mismatch would reach console.error, which fails this test (test/setup/fail-on-console.ts).
    const root = await act(async () => hydrateRoot(container, ui));
    expect(boxes()[0]).toBeChecked();
    expect(progress()).toBe('1 of 2 done');
    act(() => root.unmount());
    container.remove();
  });
});
