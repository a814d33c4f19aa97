import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { QbdFixSteps, type QbdFixStepsProps } from '../../src/index.js';
import { connectionNotActive, resourceMissing } from '../fixtures/errors.js';
import { BULLETED_PLAN, numberedSteps, SEED_PLAN, WORDS_AROUND_MENUS } from '../fixtures/fix-plans.js';
import { SEED_USER_FACING_MESSAGE } from '../fixtures/seed.js';

/** The `persistKey` the persistence story saves under; cleared before the story so every run starts fresh. */
const DEMO_PERSIST_KEY = 'storybook-persisted-progress';

/**
 * The checklist on its own: a Conductor `userFacingMessage` parsed into native
 * checkboxes in an ordered list, with menu paths drawn as menus and quoted
 * labels as UI-label chips.
 */
const meta = {
  title: 'Components/QbdFixSteps',
  component: QbdFixSteps,
  args: { message: SEED_USER_FACING_MESSAGE, onCheckedChange: fn() },
  // react-docgen does not follow `Omit<UseFixStepsStateOptions, ...>`, so the
  // props QbdFixSteps takes from that hook are described here, as its docs say.
  argTypes: {
    checked: {
      description:
        'Controlled state: which steps are checked. Makes the checklist ignore its own state and persistence.',
      table: { type: { summary: 'readonly boolean[]' } },
    },
    defaultChecked: {
      description: 'Uncontrolled initial state; missing entries count as unchecked.',
      table: { type: { summary: 'readonly boolean[]' } },
    },
    onCheckedChange: {
      description: 'Called with the whole new state on every change.',
      table: { type: { summary: '(checked: boolean[]) => void' } },
    },
    onComplete: {
      description: 'Called when a change checks the last unchecked step.',
      table: { type: { summary: '() => void' } },
    },
    persistKey: {
      description:
        'Saves uncontrolled progress under this key so it survives a reload; `window.localStorage` unless `storage` is given.',
      control: 'text',
      table: { type: { summary: 'string' } },
    },
    storage: {
      description:
        'A Storage-compatible adapter (`getItem`, `setItem`, `removeItem`) to persist to instead of `window.localStorage`; persists even without `persistKey`.',
      control: false,
      table: { type: { summary: 'FixStepsStorage' } },
    },
  },
} satisfies Meta<typeof QbdFixSteps>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Conductor's example: eight steps, a menu path and quoted labels. */
export const FromMessage: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('group', { name: 'How to fix this' })).toBeVisible();
    await expect(canvas.getAllByRole('checkbox')).toHaveLength(8);
    await expect(canvas.getByText('0 of 8 done')).toBeVisible();
  },
};

/**
 * Each step drawn from its parts: the seed's menu path as menus, its quoted
 * labels as chips, every step starting with a capital, and the lead-in ending
 * in a colon above the list.
 */
export const ChipsFromParts: Story = {
  args: { steps: SEED_PLAN },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/To fix this:$/)).toBeVisible();
    const boxes = canvas.getAllByRole('checkbox');
    await expect(boxes[0]).toHaveAccessibleName('Open QuickBooks Desktop');
    await expect(boxes[2]).toHaveAccessibleName('Navigate to Edit, then Preferences, then Integrated Applications');
    await expect(canvas.getByText('Company Preferences').tagName).toBe('Q');
  },
};

/** Menu paths with words before and after them, and a word that is also a menu name ahead of the path: every word stays. */
export const MenuPathsWithWordsAround: Story = {
  args: { steps: WORDS_AROUND_MENUS },
  play: async ({ canvasElement }) => {
    const boxes = within(canvasElement).getAllByRole('checkbox');
    await expect(boxes[0]).toHaveAccessibleName(
      'Choose File, then Switch to Single-user Mode from the menu bar at the top',
    );
    await expect(boxes[1]).toHaveAccessibleName(
      'Navigate to Edit, then Edit, then Preferences, then Integrated Applications',
    );
  },
};

/** A bulleted list from a help article: one step per bullet, the bullets gone, ", then" kept inside its step. */
export const BulletedList: Story = {
  args: { steps: BULLETED_PLAN },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const boxes = canvas.getAllByRole('checkbox');
    await expect(boxes).toHaveLength(3);
    await expect(boxes[1]).toHaveAccessibleName(
      'In the window that opens, click Integrated Applications, then Company Preferences.',
    );
    await expect(canvas.getByText('Your next sync will run on its own.')).toBeVisible();
  },
};

/** A message too big for a checklist (here 60 steps, one a line) shows as its text, line breaks kept, every word there. */
export const HugeMessageAsParagraphs: Story = {
  args: { message: numberedSteps(60).message },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('checkbox')).toBeNull();
    await expect(canvas.getByText(/^Verify each company file:/)).toHaveTextContent(
      /60\. in company file 60, open File/,
    );
  },
};

/** The checklist on a dark page: checkboxes, chips and text keep their contrast. */
export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  args: { steps: SEED_PLAN, defaultChecked: [true, true] },
};

/** From an error instead of a message: any error shape works. */
export const FromError: Story = {
  args: { message: undefined, error: { error: connectionNotActive.body } },
};

/** Prose without an instruction: a paragraph and no empty checklist. */
export const WithoutSteps: Story = {
  args: { message: resourceMissing.body.userFacingMessage },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('group')).toBeNull();
    await expect(canvas.getByText(resourceMissing.body.userFacingMessage)).toBeVisible();
  },
};

/** Keyboard only: Tab to each checkbox and tick it with Space; progress follows. */
export const TickStepsByKeyboard: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const boxes = canvas.getAllByRole('checkbox');
    await userEvent.tab();
    await expect(boxes[0]).toHaveFocus();
    await userEvent.keyboard(' ');
    await userEvent.tab();
    await expect(boxes[1]).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect(boxes[0]).toBeChecked();
    await expect(boxes[1]).toBeChecked();
    await expect(boxes[2]).not.toBeChecked();
    await expect(canvas.getByText('2 of 8 done')).toBeVisible();
    // Space again unticks: a wrong tick is undone the same way.
    await userEvent.keyboard(' ');
    await expect(boxes[1]).not.toBeChecked();
    await expect(canvas.getByText('1 of 8 done')).toBeVisible();
    await expect(args.onCheckedChange).toHaveBeenLastCalledWith([
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  },
};

/** Stands in for a page reload: unmounts the checklist and mounts a fresh one. */
function ReloadableChecklist(props: QbdFixStepsProps) {
  const [mount, setMount] = useState(0);
  return (
    <div>
      <QbdFixSteps key={mount} {...props} />
      <button type="button" onClick={() => setMount((count) => count + 1)}>
        Reload the checklist
      </button>
    </div>
  );
}

/** With `persistKey`, ticked steps survive a reload (here: a remount) through localStorage. */
export const PersistedProgress: Story = {
  args: { persistKey: DEMO_PERSIST_KEY },
  render: (args) => <ReloadableChecklist {...args} />,
  beforeEach: () => {
    for (const key of Object.keys(localStorage)) {
      if (key.includes(DEMO_PERSIST_KEY)) localStorage.removeItem(key);
    }
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const index of [0, 1, 2]) await userEvent.click(canvas.getAllByRole('checkbox')[index] as HTMLElement);
    await expect(canvas.getByText('3 of 8 done')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Reload the checklist' }));
    // Saved progress is read after mount, so wait for it.
    await waitFor(() => expect(canvas.getByText('3 of 8 done')).toBeVisible());
    const boxes = canvas.getAllByRole('checkbox');
    await expect(boxes.slice(0, 3).every((box) => (box as HTMLInputElement).checked)).toBe(true);
    await expect(boxes[3]).not.toBeChecked();
  },
};

/** Controlled: the app owns the checked state (here every step starts ticked) and hears each change. */
export const Controlled: Story = {
  render: function Render(args) {
    const [checked, setChecked] = useState<boolean[]>(Array.from({ length: 8 }, () => true));
    return (
      <QbdFixSteps
        {...args}
        checked={checked}
        onCheckedChange={(next) => {
          setChecked(next);
          args.onCheckedChange?.(next);
        }}
      />
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('8 of 8 done')).toBeVisible();
    await userEvent.click(canvas.getAllByRole('checkbox')[7] as HTMLElement);
    await expect(canvas.getByText('7 of 8 done')).toBeVisible();
  },
};

/** Custom legend and progress text, per component. */
export const CustomLabels: Story = {
  args: {
    strings: { fixStepsLegend: 'Reconnect QuickBooks', fixStepsProgress: (done, total) => `Step ${done}/${total}` },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('group', { name: 'Reconnect QuickBooks' })).toBeVisible();
    await expect(canvas.getByText('Step 0/8')).toBeVisible();
  },
};
