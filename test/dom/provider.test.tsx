// App-wide settings through ConductorErrorProvider, and the useConductorError
// hook for apps that draw their own UI.
import '@testing-library/jest-dom/vitest';
import { render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ConductorErrorAlert } from '../../src/alert/ConductorErrorAlert.js';
import { es } from '../../src/i18n/es.js';
import { en } from '../../src/i18n/strings.js';
import { ConductorErrorProvider } from '../../src/provider/ConductorErrorProvider.js';
import { useConductorErrorConfig } from '../../src/provider/context.js';
import { useConductorError } from '../../src/use-conductor-error.js';
import { qbdConnectionError, qbdRequestError } from '../../stories/fixtures/errors.js';

const seed = qbdConnectionError.body;

describe('ConductorErrorProvider', () => {
  it('switches every built-in string to Spanish', () => {
    render(
      <ConductorErrorProvider locale={es} onRetry={() => {}}>
        <ConductorErrorAlert error={seed} />
      </ConductorErrorProvider>,
    );
    const alert = screen.getByRole('status', { name: 'No se pudo conectar con QuickBooks Desktop' });
    expect(alert).toHaveAttribute('lang', 'es');
    expect(screen.getByRole('button', { name: 'Reintentar' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Detalles' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copiar ID de solicitud' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Cómo solucionarlo' })).toBeInTheDocument();
    expect(screen.getByText('0 de 8 completados')).toBeInTheDocument();
  });

  it('overrides single labels and titles, and nested providers merge onto the outer one', () => {
    render(
      <ConductorErrorProvider locale={es} strings={{ retry: 'Probar otra vez' }} onRetry={() => {}}>
        <ConductorErrorProvider
          strings={{ showDetails: 'Ver más', titles: { QBD_CONNECTION_ERROR: 'Abra QuickBooks' } }}
        >
          <ConductorErrorAlert error={seed} />
        </ConductorErrorProvider>
      </ConductorErrorProvider>,
    );
    expect(screen.getByRole('status', { name: 'Abra QuickBooks' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Probar otra vez' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ver más' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copiar ID de solicitud' })).toBeInTheDocument();
  });

  it('lets a component’s own strings win over the provider’s', () => {
    render(
      <ConductorErrorProvider strings={{ showDetails: 'More' }}>
        <ConductorErrorAlert error={seed} strings={{ showDetails: 'Technical info' }} />
      </ConductorErrorProvider>,
    );
    expect(screen.getByRole('button', { name: 'Technical info' })).toBeInTheDocument();
  });

  it('keeps the outer callbacks where an inner provider sets none', () => {
    const outerRetry = vi.fn();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ConductorErrorProvider onRetry={outerRetry}>
        <ConductorErrorProvider locale={es}>{children}</ConductorErrorProvider>
      </ConductorErrorProvider>
    );
    const { result } = renderHook(() => useConductorErrorConfig(), { wrapper });
    expect(result.current.onRetry).toBe(outerRetry);
    expect(result.current.strings.retry).toBe('Reintentar');
  });

  it('hands consumers the same config object while its props stay the same', () => {
    const onError = vi.fn();
    const strings = { retry: 'Again' };
    let props = { onError, strings };
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ConductorErrorProvider {...props}>{children}</ConductorErrorProvider>
    );
    const { result, rerender } = renderHook(() => useConductorErrorConfig(), { wrapper });
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
    props = { ...props, strings: { retry: 'Once more' } };
    rerender();
    expect(result.current).not.toBe(first);
    expect(result.current.strings.retry).toBe('Once more');
  });
});

describe('the shipped locales', () => {
  it('give Spanish a text of its own for every English string, each in its place', () => {
    // es is written as its texts in en's key order: a text missing, added or
    // reordered shifts every text after it, which the spot checks below catch.
    for (const [key, value] of Object.entries(en)) {
      const spanish = es[key as keyof typeof es];
      expect(typeof spanish, key).toBe(typeof value);
      if (typeof value === 'string') expect(spanish, key).not.toBe('');
    }
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    expect([es.locale, es.retry, es.requestId, es.close, es.developerMessage, es.time, es.copyValue]).toEqual([
      'es',
      'Reintentar',
      'ID de solicitud',
      'Cerrar',
      'Mensaje para desarrolladores',
      'Hora',
      'Copiar',
    ]);
    expect(es.fixStepsProgress(3, 8)).toBe('3 de 8 completados');
    expect(es.menuPathLabel(['Editar', 'Preferencias'])).toBe('Editar, luego Preferencias');
    expect(Object.keys(es.titles).sort()).toEqual(Object.keys(en.titles).sort());
  });
});

describe('useConductorError', () => {
  it('returns the normalized error, its plan, title and log level', () => {
    const { result } = renderHook(() => useConductorError({ error: seed }));
    expect(result.current.error).toMatchObject({ code: 'QBD_CONNECTION_ERROR', requestId: seed.requestId });
    expect(result.current.plan.steps).toHaveLength(8);
    expect(result.current.title).toBe('Could not reach QuickBooks Desktop');
    expect(result.current.logLevel).toBe('warning');
  });

  it('reads and parses again only when the input object changes', () => {
    const first = { ...seed };
    const { result, rerender } = renderHook(({ error }) => useConductorError(error), {
      initialProps: { error: first },
    });
    const before = result.current;
    rerender({ error: first });
    expect(result.current).toBe(before);
    expect(result.current.plan).toBe(before.plan);
    rerender({ error: qbdRequestError.body });
    expect(result.current.error.code).toBe('QBD_REQUEST_ERROR');
    expect(result.current.plan).not.toBe(before.plan);
  });

  it('follows the provider’s locale for the title', () => {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ConductorErrorProvider locale={es}>{children}</ConductorErrorProvider>
    );
    const { result } = renderHook(() => useConductorError(seed), { wrapper });
    expect(result.current.title).toBe('No se pudo conectar con QuickBooks Desktop');
  });
});
