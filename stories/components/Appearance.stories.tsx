import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ConductorErrorAlert, ConductorErrorProvider, es, fr } from '../../src/index.js';
import { qbdConnectionError, qbdRequestError } from '../fixtures/errors.js';
import { v12Json, wireEnvelope } from '../fixtures/shapes.js';

/**
 * The alert's looks: dark theme, the Spanish and French locales, custom labels, right to
 * left, and no stylesheet at all. Each state is pinned with `globals`, the
 * same switches as the toolbar's Theme, Locale, Direction and Styles menus.
 */
const meta = {
  title: 'Appearance/Themes, languages and direction',
  component: ConductorErrorAlert,
  args: { error: wireEnvelope(qbdConnectionError), onRetry: () => undefined },
  tags: ['!autodocs'],
} satisfies Meta<typeof ConductorErrorAlert>;

export default meta;
type Story = StoryObj<typeof meta>;

/** `data-theme="dark"` on <html>: the warning in dark colours. */
export const DarkWarning: Story = {
  globals: { theme: 'dark' },
  play: async () => {
    await expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
  },
};

/** The error colours in the dark theme. */
export const DarkError: Story = {
  args: { error: v12Json(qbdRequestError) },
  globals: { theme: 'dark' },
};

/** The second locale shipped: Spanish strings through `ConductorErrorProvider` (Conductor's text stays English). */
export const Spanish: Story = {
  render: (args) => (
    <ConductorErrorProvider locale={es}>
      <ConductorErrorAlert {...args} />
    </ConductorErrorProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = canvas.getByRole('status', { name: 'No se pudo conectar con QuickBooks Desktop' });
    await expect(alert).toHaveAttribute('lang', 'es');
    await expect(canvas.getByRole('button', { name: 'Reintentar' })).toBeVisible();
    await expect(canvas.getByText('0 de 8 completados')).toBeVisible();
    // Conductor writes in English: its text is marked so, for screen readers' pronunciation.
    await expect(canvas.getByText('Then try again.').closest('[lang]')).toHaveAttribute('lang', 'en');
  },
};

/**
 * French as written in Canada, where QuickBooks Desktop is sold: `fr` through
 * `ConductorErrorProvider`, marked `fr-CA` (Conductor's text stays English).
 */
export const French: Story = {
  render: (args) => (
    <ConductorErrorProvider locale={fr}>
      <ConductorErrorAlert {...args} />
    </ConductorErrorProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = canvas.getByRole('status', { name: 'Impossible de joindre QuickBooks Desktop' });
    await expect(alert).toHaveAttribute('lang', 'fr-CA');
    await expect(canvas.getByRole('button', { name: 'Réessayer' })).toBeVisible();
    const checklist = canvas.getByRole('group', { name: 'Comment corriger le problème' });
    // A non-breaking space before the colon, as French typography has it.
    await expect(within(checklist).getByRole('status').textContent).toBe('Étapes terminées\u00a0: 0 sur 8');
    await expect(canvas.getByText('Then try again.').closest('[lang]')).toHaveAttribute('lang', 'en');
  },
};

/** Any label and title overridden for one alert, e.g. to match an app's own wording. */
export const CustomLabels: Story = {
  args: {
    titles: { QBD_CONNECTION_ERROR: 'QuickBooks needs your permission again' },
    strings: { retry: 'Sync again', showDetails: 'Show technical info', fixStepsLegend: 'Reconnect in 8 steps' },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('QuickBooks needs your permission again')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Sync again' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Show technical info' })).toBeVisible();
    await expect(canvas.getByRole('group', { name: 'Reconnect in 8 steps' })).toBeVisible();
  },
};

/** Inside a `dir="rtl"` page, with strings that say so: the layout mirrors (logical properties). */
export const RightToLeft: Story = {
  globals: { dir: 'rtl' },
  render: (args) => (
    <div dir="rtl">
      <ConductorErrorProvider strings={{ dir: 'rtl' }}>
        <ConductorErrorAlert {...args} />
      </ConductorErrorProvider>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('status', { name: 'Could not reach QuickBooks Desktop' });
    await expect(alert).toHaveAttribute('dir', 'rtl');
    const style = getComputedStyle(alert);
    // Mirrored: the accent border and the room for the icon (drawn by the stylesheet) are on the right.
    await expect(style.borderRightWidth).toBe('4px');
    await expect(Number.parseFloat(style.paddingRight)).toBeGreaterThan(Number.parseFloat(style.paddingLeft));
    const icon = getComputedStyle(alert, '::before');
    await expect(Number.parseFloat(icon.right)).toBeLessThan(Number.parseFloat(icon.left));
  },
};

/**
 * No stylesheet: what an app that imports no CSS gets. Clean semantic HTML: a
 * heading-like title, a fieldset of native checkboxes in an ordered list, buttons.
 */
export const Unstyled: Story = {
  globals: { stylesheet: 'unstyled' },
  play: async ({ canvasElement }) => {
    await expect(document.getElementById('conductor-error-ui-stylesheet')).toBeNull();
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('group', { name: 'How to fix this' })).toBeVisible();
    await expect(canvas.getAllByRole('checkbox')).toHaveLength(8);
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** An error unstyled: the `alert` role and the title carry the severity when no colour does. */
export const UnstyledError: Story = {
  args: { error: v12Json(qbdRequestError) },
  globals: { stylesheet: 'unstyled' },
};
