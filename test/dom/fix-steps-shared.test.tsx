// One progress for one error: the alert's inline checklist and the checklist in
// its details dialog show the same ticks, persist once and call the app once
// per click, controlled or not, and after server rendering.
import '@testing-library/jest-dom/vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConductorErrorAlert } from '../../src/alert/ConductorErrorAlert.js';
import { ConductorErrorDetails } from '../../src/details/ConductorErrorDetails.js';
import { QbdFixSteps } from '../../src/fix-steps/QbdFixSteps.js';
import type { FixStepsStorage } from '../../src/fix-steps/useFixStepsState.js';
import { qbdConnectionError } from '../../stories/fixtures/errors.js';
import { SEED_USER_FACING_MESSAGE } from '../../stories/fixtures/seed.js';

const seed = qbdConnectionError.body;

/** A storage adapter that counts its writes. */
function countingStorage() {
  const entries = new Map<string, string>();
  const storage: FixStepsStorage = {
    getItem: (key) => entries.get(key) ?? null,
    setItem: vi.fn((key: string, value: string) => void entries.set(key, value)),
    removeItem: vi.fn((key: string) => void entries.delete(key)),
  };
  return { entries, storage };
}

/** The alert's own checkboxes; queried by tag, as an open modal dialog hides the page from the accessibility tree. */
const alertBoxes = () => [
  ...screen.getByTestId('alert').querySelectorAll<HTMLInputElement>('.cui-fix-steps:not([data-testid]) input'),
];
/** The checklist's progress line inside `element` (the dialog has other live regions: its copy buttons'). */
const progressIn = (element: HTMLElement) => within(element).getByText(/ done$/);
const ticks = (boxes: HTMLElement[]) => boxes.map((box) => (box as HTMLInputElement).checked);

async function openDialog(user: ReturnType<typeof userEvent.setup>, name = 'Details') {
  await user.click(screen.getByRole('button', { name }));
  return screen.findByRole('dialog');
}

afterEach(() => {
  window.localStorage.clear();
});

describe('ConductorErrorAlert and its dialog share one progress', () => {
  it('shows the inline ticks in the dialog and the dialog ticks inline, calling the app once per click', async () => {
    const user = userEvent.setup();
    const onCheckedChange = vi.fn();
    const onComplete = vi.fn();
    render(<ConductorErrorAlert data-testid="alert" error={seed} fixStepsProps={{ onCheckedChange, onComplete }} />);
    await user.click(alertBoxes()[0] as HTMLElement);
    await user.click(alertBoxes()[2] as HTMLElement);
    const dialog = await openDialog(user);
    const dialogBoxes = () => within(dialog).getAllByRole('checkbox');
    expect(progressIn(dialog)).toHaveTextContent('2 of 8 done');
    expect(ticks(dialogBoxes())).toEqual(ticks(alertBoxes()));
    for (const index of [1, 3, 4, 5, 6, 7]) await user.click(dialogBoxes()[index] as HTMLElement);
    expect(progressIn(dialog)).toHaveTextContent('8 of 8 done');
    expect(ticks(alertBoxes())).toEqual(Array.from({ length: 8 }, () => true));
    expect(onCheckedChange).toHaveBeenCalledTimes(8);
    expect(onComplete).toHaveBeenCalledTimes(1);
  });

  it('keeps the progress when the compact alert’s dialog closes and opens again', async () => {
    const user = userEvent.setup();
    render(<ConductorErrorAlert data-testid="alert" error={seed} compact />);
    let dialog = await openDialog(user, 'How to fix');
    await user.click(within(dialog).getAllByRole('checkbox')[1] as HTMLElement);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    dialog = await openDialog(user, 'How to fix');
    expect(within(dialog).getAllByRole('checkbox')[1]).toBeChecked();
    expect(progressIn(dialog)).toHaveTextContent('1 of 8 done');
  });

  it('writes persisted progress once per click, and both checklists restore it after a reload', async () => {
    const user = userEvent.setup();
    const { storage, entries } = countingStorage();
    const first = render(<ConductorErrorAlert data-testid="alert" error={seed} fixStepsProps={{ storage }} />);
    await openDialog(user);
    await user.click(within(screen.getByRole('dialog')).getAllByRole('checkbox')[3] as HTMLElement);
    expect(storage.setItem).toHaveBeenCalledTimes(1);
    expect([...entries.values()]).toEqual(['00010000']);
    first.unmount();
    render(<ConductorErrorAlert data-testid="alert" error={seed} fixStepsProps={{ storage }} />);
    expect(alertBoxes()[3]).toBeChecked();
    const dialog = await openDialog(user);
    expect(within(dialog).getAllByRole('checkbox')[3]).toBeChecked();
  });

  it('starts both from defaultChecked, and shows the app’s controlled state in both', async () => {
    const user = userEvent.setup();
    const { rerender } = render(
      <ConductorErrorAlert data-testid="alert" error={seed} fixStepsProps={{ defaultChecked: [true] }} />,
    );
    let dialog = await openDialog(user);
    expect(progressIn(dialog)).toHaveTextContent('1 of 8 done');
    const onCheckedChange = vi.fn();
    rerender(
      <ConductorErrorAlert
        data-testid="alert"
        error={seed}
        fixStepsProps={{ checked: [false, true, true], onCheckedChange }}
      />,
    );
    dialog = screen.getByRole('dialog');
    expect(progressIn(dialog)).toHaveTextContent('2 of 8 done');
    expect(ticks(alertBoxes()).slice(0, 3)).toEqual([false, true, true]);
    await user.click(within(dialog).getAllByRole('checkbox')[0] as HTMLElement);
    expect(onCheckedChange).toHaveBeenCalledOnce();
    expect(onCheckedChange).toHaveBeenCalledWith([true, true, true, false, false, false, false, false]);
  });

  it('leaves a checklist of other steps in the alert’s actions to itself', async () => {
    const user = userEvent.setup();
    const other = "To fix this, close QuickBooks, then click 'Retry'.";
    render(
      <ConductorErrorAlert
        data-testid="alert"
        error={seed}
        actions={<QbdFixSteps message={other} data-testid="other" />}
      />,
    );
    await user.click(alertBoxes()[0] as HTMLElement);
    await user.click(within(screen.getByTestId('other')).getAllByRole('checkbox')[1] as HTMLElement);
    expect(alertBoxes()[0]).toBeChecked();
    expect(within(screen.getByTestId('other')).getAllByRole('checkbox')[0]).not.toBeChecked();
    expect(screen.getAllByText(/ done$/).map((status) => status.textContent)).toEqual(['1 of 8 done', '1 of 2 done']);
  });

  it('hydrates server HTML without a mismatch, then restores saved progress in both', async () => {
    const user = userEvent.setup();
    window.localStorage.clear();
    const probe = render(
      <ConductorErrorAlert data-testid="alert" error={seed} fixStepsProps={{ persistKey: 'shared' }} />,
    );
    await user.click(alertBoxes()[4] as HTMLElement);
    probe.unmount();
    const ui = <ConductorErrorAlert data-testid="alert" error={seed} fixStepsProps={{ persistKey: 'shared' }} />;
    const container = document.createElement('div');
    container.innerHTML = renderToString(ui);
    document.body.append(container);
    expect(ticks(alertBoxes()).some(Boolean)).toBe(false);
    // A mismatch would reach console.error, which fails this test.
    const root = await act(async () => hydrateRoot(container, ui));
    expect(alertBoxes()[4]).toBeChecked();
    const dialog = await openDialog(user);
    expect(within(dialog).getAllByRole('checkbox')[4]).toBeChecked();
    act(() => root.unmount());
    container.remove();
  });
});

describe('standalone checklists', () => {
  it('keeps a standalone dialog’s progress across closing and opening it', async () => {
    const user = userEvent.setup();
    render(<ConductorErrorDetails error={seed} />);
    let dialog = await openDialog(user);
    await user.click(within(dialog).getAllByRole('checkbox')[0] as HTMLElement);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    dialog = await openDialog(user);
    expect(within(dialog).getAllByRole('checkbox')[0]).toBeChecked();
  });

  it('keeps two standalone checklists of the same message apart, as before', async () => {
    render(
      <>
        <QbdFixSteps message={SEED_USER_FACING_MESSAGE} data-testid="a" />
        <QbdFixSteps message={SEED_USER_FACING_MESSAGE} data-testid="b" />
      </>,
    );
    await userEvent.click(within(screen.getByTestId('a')).getAllByRole('checkbox')[0] as HTMLElement);
    expect(within(screen.getByTestId('b')).getAllByRole('checkbox')[0]).not.toBeChecked();
  });
});
