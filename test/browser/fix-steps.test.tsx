// QbdFixSteps in real Chromium: keyboard-only use (Tab between the checkboxes,
// Space toggles them) and axe with zero violations in every state, light and
// dark, with the library's stylesheet applied.
import '../../src/styles/tokens.css';
import '../../src/styles/fix-steps.css';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { QbdFixSteps } from '../../src/fix-steps/QbdFixSteps.js';
import { numberedSteps, SEED_PLAN, WORDS_AROUND_MENUS } from '../../stories/fixtures/fix-plans.js';
import { SEED_USER_FACING_MESSAGE } from '../../stories/fixtures/seed.js';
import { axeViolations, Page } from './copy-fix-steps-helpers.js';

describe('QbdFixSteps keyboard', () => {
  it('moves between the checkboxes with Tab and toggles them with Space', async () => {
    const screen = await render(<QbdFixSteps message={SEED_USER_FACING_MESSAGE} />);
    expect(screen.getByRole('checkbox').all()).toHaveLength(8);
    const box = (index: number) => screen.getByRole('checkbox').nth(index);

    await userEvent.tab();
    await expect.element(box(0)).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect.element(box(0)).toBeChecked();
    await userEvent.tab();
    await userEvent.tab();
    await expect.element(box(2)).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect.element(box(2)).toBeChecked();
    await expect.element(screen.getByRole('status')).toHaveTextContent('2 of 8 done');
    await userEvent.keyboard(' ');
    await expect.element(box(2)).not.toBeChecked();
    await userEvent.tab({ shift: true });
    await expect.element(box(1)).toHaveFocus();
    await expect.element(box(1)).not.toBeChecked();
    await expect.element(screen.getByRole('status')).toHaveTextContent('1 of 8 done');
  });
});

describe('QbdFixSteps accessibility', () => {
  it.each(['light', 'dark'] as const)(
    'has no axe violations unchecked, partly and fully checked, %s theme',
    async (theme) => {
      const screen = await render(
        <Page theme={theme}>
          <QbdFixSteps steps={SEED_PLAN} />
          <QbdFixSteps steps={WORDS_AROUND_MENUS} />
        </Page>,
      );
      // Every kind of part is drawn: menu chips and label chips.
      expect(screen.container.querySelectorAll('kbd kbd').length).toBeGreaterThan(0);
      expect(screen.container.querySelectorAll('q').length).toBeGreaterThan(0);
      expect(await axeViolations(screen.container)).toEqual([]);
      const boxes = screen.getByRole('checkbox').all();
      await userEvent.click(screen.getByRole('checkbox').first());
      expect(await axeViolations(screen.container)).toEqual([]);
      for (const box of boxes.slice(1, 8)) await userEvent.click(box);
      await expect.element(screen.getByRole('status').first()).toHaveTextContent('8 of 8 done');
      expect(screen.container.querySelector('[data-complete="true"]')).not.toBeNull();
      expect(await axeViolations(screen.container)).toEqual([]);
    },
  );

  it.each(['light', 'dark'] as const)('has no axe violations without steps, %s theme', async (theme) => {
    const screen = await render(
      <Page theme={theme}>
        <QbdFixSteps message={'The name "Test Account" is already in use in QuickBooks Desktop.'} />
      </Page>,
    );
    expect(screen.container.querySelector('p')).not.toBeNull();
    expect(await axeViolations(screen.container)).toEqual([]);
  });

  it.each(['light', 'dark'] as const)(
    'has no axe violations as paragraphs of a huge message, %s theme',
    async (theme) => {
      const { message } = numberedSteps(60);
      const screen = await render(
        <Page theme={theme}>
          <QbdFixSteps message={message} />
        </Page>,
      );
      expect(screen.container.querySelector('input')).toBeNull();
      // One item a line, as written: each numbered item starts at the paragraph's left edge.
      const paragraph = screen.container.querySelector('p') as HTMLElement;
      const text = paragraph.firstChild as Text;
      const left = (word: string) => {
        const range = document.createRange();
        const at = text.data.indexOf(word);
        range.setStart(text, at);
        range.setEnd(text, at + 1);
        return range.getBoundingClientRect().left;
      };
      for (const item of ['1. ', '2. ', '30. ', '60. '])
        expect(left(item)).toBe(paragraph.getBoundingClientRect().left);
      expect(await axeViolations(screen.container)).toEqual([]);
    },
  );
});
