import { type ConductorErrorStrings, en } from './strings.js';

/**
 * A locale written as its texts in `en`'s key order, `|`-separated: one string
 * instead of an object spelling every key again. `en`'s functions and titles
 * are replaced through `rest`.
 */
function translate(texts: string, rest: Partial<ConductorErrorStrings>): ConductorErrorStrings {
  const text = texts.split('|');
  const strings: Record<string, unknown> = { ...en, ...rest };
  for (const key in en) if (typeof strings[key] === 'string') strings[key] = text.shift();
  return strings as unknown as ConductorErrorStrings;
}

/** Spanish. Conductor's own messages stay in English; these are the library's strings. */
export const es = /* @__PURE__ */ translate(
  'es|ltr|Reintentar|Detalles|Cómo solucionarlo|Contactar con soporte|Cómo solucionarlo|Copiar ID de solicitud|Copiar datos para soporte|Copiado|No se pudo copiar automáticamente|Pulse Ctrl+C (⌘C en Mac) para copiar.|Texto para copiar|Cerrar|Detalles técnicos|ID de solicitud|Código de error|Tipo de error|Código de QuickBooks|Estado HTTP|Hora|Mensaje|Mensaje para desarrolladores|Copiar',
  {
    titles: {
      INTEGRATION_CONNECTION_NOT_SET_UP: 'QuickBooks Desktop aún no está conectado',
      INTEGRATION_CONNECTION_NOT_ACTIVE: 'QuickBooks Web Connector no se está ejecutando',
      QBD_CONNECTION_ERROR: 'No se pudo conectar con QuickBooks Desktop',
      QBD_REQUEST_ERROR: 'QuickBooks Desktop rechazó la solicitud',
      QBD_REQUEST_TIMEOUT: 'QuickBooks Desktop tardó demasiado en responder',
      INTEGRATION_ERROR: 'QuickBooks Desktop no pudo completar la solicitud',
      INTEGRATION_CONNECTION_ERROR: 'No se pudo conectar con QuickBooks Desktop',
      INVALID_REQUEST_ERROR: 'No se pudo procesar la solicitud',
      AUTHENTICATION_ERROR: 'No se pudo iniciar sesión en el servicio de QuickBooks',
      PERMISSION_ERROR: 'Acceso denegado',
      INTERNAL_ERROR: 'Algo salió mal de nuestro lado',
      CONNECTION_ERROR: 'No se pudo conectar con el servicio de QuickBooks',
      UNKNOWN_ERROR: 'Algo salió mal',
    },
    fixStepsProgress: (done, total) => `${done} de ${total} completados`,
    menuPathLabel: (items) => items.join(', luego '),
  },
);
