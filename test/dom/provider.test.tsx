// App-wide settings through ConductorErrorProvider, and the useConductorError
// hook for apps that draw their own UI.
import '@testing-library/jest-dom/vitest';
import { render, renderHook, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ConductorErrorAlert } from '../../src/alert/ConductorErrorAlert.js';
import { es } from '../../src/i18n/es.js';
import { fr } from '../../src/i18n/fr.js';
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

  it('switches every built-in string to Canadian French, marked fr-CA', () => {
    render(
      <ConductorErrorProvider locale={fr} onRetry={() => {}} onContactSupport={() => {}}>
        <ConductorErrorAlert error={seed} />
      </ConductorErrorProvider>,
    );
    const alert = screen.getByRole('status', { name: 'Impossible de joindre QuickBooks Desktop' });
    expect(alert).toHaveAttribute('lang', 'fr-CA');
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Communiquer avec le soutien' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copier l’ID de la demande' })).toBeInTheDocument();
    const checklist = screen.getByRole('group', { name: 'Comment corriger le problème' });
    expect(within(checklist).getByRole('status').textContent).toBe('Étapes terminées\u00a0: 0 sur 8');
    // Conductor's menu names stay English; how a screen reader hears the path is French.
    expect(screen.getByText('Edit, puis Preferences, puis Integrated Applications')).toBeInTheDocument();
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
