import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ConductorErrorAlert, ConductorErrorProvider, es } from '../../src/index.js';
import { apiKeyInvalid, qbdConnectionError } from '../fixtures/errors.js';
import { v12Json, wireEnvelope } from '../fixtures/shapes.js';

/**
 * Optional app-wide settings: the locale, string overrides, and the retry,
 * contact-support and error-reporting callbacks every alert beneath it uses.
 */
const meta = {
  title: 'Components/ConductorErrorProvider',
  component: ConductorErrorProvider,
  args: { onRetry: fn(), onContactSupport: fn(), onError: fn() },
  render: (args) => (
    <ConductorErrorProvider {...args}>
      <div style={{ display: 'grid', gap: '1rem' }}>
        <ConductorErrorAlert error={wireEnvelope(qbdConnectionError)} />
        <ConductorErrorAlert error={v12Json(apiKeyInvalid)} compact />
      </div>
    </ConductorErrorProvider>
  ),
} satisfies Meta<typeof ConductorErrorProvider>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * One retry and one support action for the whole app, and `onError` called once
 * per error shown with the level Conductor's docs advise for an error tracker:
 * `warning` when only the end user can fix it, `error` otherwise.
 */
export const AppWideCallbacks: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(args.onError).toHaveBeenCalledTimes(2);
    await expect(args.onError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'QBD_CONNECTION_ERROR' }),
      'warning',
    );
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'API_KEY_INVALID' }), 'error');
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
    await userEvent.click(canvas.getByRole('button', { name: 'Contact support' }));
    await expect(args.onContactSupport).toHaveBeenCalledWith(expect.objectContaining({ requestId: 'req_1234567890' }));
  },
};

/** The Spanish locale for every component beneath, with one label overridden on top. */
export const SpanishWithOverride: Story = {
  args: { locale: es, strings: { contactSupport: 'Escribir a soporte' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Reintentar' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Escribir a soporte' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Cómo solucionarlo' })).toBeVisible();
  },
};
