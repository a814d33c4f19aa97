// Whatever an app passes as `error` (a backend can send anything), the alert
// renders a sensible generic error instead of crashing the page.
import '@testing-library/jest-dom/vitest';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ConductorErrorAlert } from '../../src/alert/ConductorErrorAlert.js';
import { ConductorErrorDetails } from '../../src/details/ConductorErrorDetails.js';
import { HOSTILE } from '../hostile-inputs.js';

const GENERIC_TEXT = 'An internal server error occurred. Please try again later.';

describe('ConductorErrorAlert with hostile input', () => {
  it.each(HOSTILE)('renders a generic error for %s', (_name, make) => {
    render(<ConductorErrorAlert error={make()} />);
    const alert = screen.getByRole('alert', { name: 'Something went wrong' });
    expect(alert).toHaveAttribute('data-severity', 'error');
    expect(alert).toHaveTextContent(GENERIC_TEXT);
    expect(screen.getByRole('button', { name: 'Details' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Copy request ID' })).toBeNull();
  });

  it.each(HOSTILE)('opens a details dialog for %s', (_name, make) => {
    render(<ConductorErrorDetails error={make()} defaultOpen />);
    const dialog = screen.getByRole('dialog', { name: 'Something went wrong' });
    expect(dialog).toHaveTextContent(GENERIC_TEXT);
    expect(dialog).toHaveTextContent('UNKNOWN_ERROR');
  });

  it('shows HTML inside a message as text, never as markup', () => {
    const userFacingMessage = '<img src=x onerror="alert(1)"><b>Bold</b> text. Then try again.';
    const error = {
      message: 'm',
      type: 'INTEGRATION_ERROR',
      code: 'QBD_REQUEST_ERROR',
      userFacingMessage,
      requestId: 'req_x',
    };
    render(<ConductorErrorAlert error={error} />);
    expect(document.querySelector('img, b')).toBeNull();
    expect(screen.getByRole('alert')).toHaveTextContent('<b>Bold</b> text.');
  });
});
