import type { ConductorErrorStrings } from './strings.js';

/**
 * Spanish. Conductor's own messages stay in English; these are the library's
 * strings, one key per line in the order `ConductorErrorStrings` documents them.
 */
export const es: ConductorErrorStrings = {
  locale: 'es',
  dir: 'ltr',
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
  retry: 'Reintentar',
  showDetails: 'Detalles',
  howToFix: 'Cómo solucionarlo',
  contactSupport: 'Contactar con soporte',
  fixStepsLegend: 'Cómo solucionarlo',
  fixStepsProgress: (done, total) => `${done} de ${total} completados`,
  menuPathLabel: (items) => items.join(', luego '),
  requestId: 'ID de solicitud',
  copyRequestId: 'Copiar ID de solicitud',
  copySupportDetails: 'Copiar datos para soporte',
  copied: 'Copiado',
  copyFailed: 'No se pudo copiar automáticamente',
  copyManualHint: 'Pulse Ctrl+C (⌘C en Mac) para copiar.',
  copyManualFieldLabel: 'Texto para copiar',
  close: 'Cerrar',
  detailsHeading: 'Detalles técnicos',
  code: 'Código de error',
  type: 'Tipo de error',
  integrationCode: 'Código de QuickBooks',
  httpStatus: 'Estado HTTP',
  developerMessage: 'Mensaje para desarrolladores',
  time: 'Hora',
  userFacingMessage: 'Mensaje',
  copyValue: 'Copiar',
};
