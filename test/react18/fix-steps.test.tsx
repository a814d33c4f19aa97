// The checklist on React 18: rows drawn from parts, no words re-drawn on a
// click, and one progress shared by an alert and its lazily loaded dialog.
import { fireEvent, screen, waitFor, within } from '@testing-library/dom';
import { describe, expect, it, vi } from 'vitest';
import { ConductorErrorAlert, QbdFixSteps } from '../../src/index.js';
import { qbdConnectionError } from '../../stories/fixtures/errors.js';
import { menu, step, WORDS_AROUND_MENUS } from '../../stories/fixtures/fix-plans.js';
import { act, render18 } from './render.js';

describe('the checklist on React 18', () => {
  it('draws menu paths from parts with the words around them', () => {
    render18(<QbdFixSteps steps={WORDS_AROUND_MENUS} />);
    expect(screen.getAllByRole('checkbox')[1]).toHaveAccessibleName(
      'Navigate to Edit, then Edit, then Preferences, then Integrated Applications',
    );
  });

  it('draws no step’s words again on a tick', () => {
    const say = vi.fn((items: readonly string[]) => items.join(', then '));
    const steps = Array.from({ length: 6 }, (_, index) =>
      step('open ', menu(`File > Company ${index}`, ['File', `Company ${index}`])),
    );
    render18(<QbdFixSteps steps={{ intro: '', steps, outro: '' }} strings={{ menuPathLabel: say }} />);
    say.mockClear();
    act(() => screen.getAllByRole('checkbox')[4]?.click());
    expect(say).not.toHaveBeenCalled();
    expect(screen.getAllByRole('checkbox')[4]).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('1 of 6 done');
  });

  it('shows the inline progress in the details dialog, and the dialog’s inline', async () => {
    const onCheckedChange = vi.fn();
    const container = render18(
      <ConductorErrorAlert error={qbdConnectionError.body} fixStepsProps={{ onCheckedChange }} />,
    );
    const inline = () => [...container.querySelectorAll<HTMLInputElement>('.cui-fix-steps input')];
    act(() => inline()[1]?.click());
    await act(async () => screen.getByRole('button', { name: 'Details' }).click());
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(within(dialog).getAllByRole('checkbox')[1]).toBeChecked());
    act(() => fireEvent.click(within(dialog).getAllByRole('checkbox')[2] as HTMLElement));
    expect(
      inline()
        .map((box) => box.checked)
        .slice(0, 3),
    ).toEqual([false, true, true]);
    expect(onCheckedChange).toHaveBeenCalledTimes(2);
  });
});
