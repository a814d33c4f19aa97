// The components on React 18, the older of the two React versions the package
// supports: render, interact, open the lazily loaded dialog, and hydrate
// server HTML without a mismatch warning (the console guard fails on one).
import { fireEvent, screen, waitFor } from '@testing-library/dom';
import { version } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  ConductorErrorAlert,
  ConductorErrorProvider,
  CopyRequestIdButton,
  es,
  fr,
  QbdFixSteps,
} from '../../src/index.js';
import { qbdConnectionError } from '../../stories/fixtures/errors.js';
import { SEED_USER_FACING_MESSAGE } from '../../stories/fixtures/seed.js';
import { expectConsole } from '../setup/fail-on-console.js';
import { act, render18 } from './render.js';

const SEED = { error: qbdConnectionError.body };

describe('on React 18', () => {
  it('really is React 18', () => {
    expect(version).toMatch(/^18\./);
  });

  it('shows the seed error as a warning with its eight steps, and ticking one updates the progress', () => {
    render18(<ConductorErrorAlert error={SEED} />);
    const alert = screen.getByRole('status', { name: 'Could not reach QuickBooks Desktop' });
    expect(alert).toHaveAttribute('data-severity', 'warning');
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(8);
    expect(screen.getByText('0 of 8 done')).toBeInTheDocument();
    act(() => boxes[0]?.click());
    expect(screen.getByText('1 of 8 done')).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('denied access');
  });

  it('opens the lazily loaded details dialog and closes it with Escape', async () => {
    render18(<ConductorErrorAlert error={SEED} />);
    const trigger = screen.getByRole('button', { name: 'Details' });
    await act(async () => trigger.click());
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('0x80040420');
    expect(dialog).not.toHaveTextContent('denied access');
    await act(async () => fireEvent.keyDown(dialog, { key: 'Escape' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('calls onRetry and uses the provider locale', () => {
    let retries = 0;
    render18(
      <ConductorErrorProvider locale={es}>
        <ConductorErrorAlert error={SEED} onRetry={() => retries++} />
      </ConductorErrorProvider>,
    );
    act(() => screen.getByRole('button', { name: 'Reintentar' }).click());
    expect(retries).toBe(1);
  });

  it('survives a throwing onError and a French locale loaded from JSON, in English where it lacks a text', () => {
    const onError = () => {
      throw new Error('tracker down');
    };
    render18(
      <ConductorErrorProvider locale={JSON.parse(JSON.stringify(fr))} onError={onError}>
        <ConductorErrorAlert error={SEED} onRetry={() => undefined} />
      </ConductorErrorProvider>,
    );
    expect(screen.getByRole('status', { name: 'Impossible de joindre QuickBooks Desktop' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
    // The progress is a function, which JSON drops: English, not a crash.
    expect(screen.getByText('0 of 8 done')).toBeInTheDocument();
    const messages = expectConsole();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("the app's onError callback failed");
  });

  it('copies honestly: where nothing can copy, no "Copied" but the id focused and selected by hand', async () => {
    // jsdom has no Clipboard API and no execCommand, so every way of copying fails.
    render18(<CopyRequestIdButton requestId="req_react18" resetAfterMs={Number.POSITIVE_INFINITY} />);
    const button = screen.getByRole('button', { name: 'Copy request ID' });
    await act(async () => button.click());
    const field = screen.getByRole('textbox', { name: 'Text to copy' }) as HTMLTextAreaElement;
    expect(field).toHaveFocus();
    expect(field.value.slice(field.selectionStart, field.selectionEnd)).toBe('req_react18');
    expect(screen.getByRole('status')).toHaveTextContent('Could not copy automatically');
    expect(button).toHaveAttribute('data-state', 'failed');
    expect(document.body.textContent).not.toContain('Copied');
  });

  it('hydrates server HTML of every inline component without a mismatch', () => {
    const ui = (
      <>
        <ConductorErrorAlert error={SEED} onRetry={() => undefined} />
        <QbdFixSteps message={SEED_USER_FACING_MESSAGE} persistKey="react18-hydration" />
        <CopyRequestIdButton requestId="req_1234567890" />
      </>
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(ui);
    document.body.append(container);
    expect(container.querySelectorAll('input[type="checkbox"]')).toHaveLength(16);
    let root: Root | undefined;
    act(() => {
      root = hydrateRoot(container, ui);
    });
    expect(screen.getAllByRole('button', { name: /Copy request ID/ }).length).toBeGreaterThan(0);
    act(() => root?.unmount());
    container.remove();
  });
});
