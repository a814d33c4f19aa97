import type { ConductorErrorStrings } from './strings.js';

/**
 * French as written in Canada, where QuickBooks Desktop is sold: Intuit
 * Canada's own words where it has them ("connecteur Web QuickBooks", "ouvrir
 * une session"), and the Canadian "soutien" for support. Conductor's own
 * messages stay in English; these are the library's strings, one key per line
 * in the order `ConductorErrorStrings` documents them. Apostrophes are
 * typographic (’), and a colon takes a non-breaking space before it (`\u00a0`),
 * so a line never starts with it.
 */
export const fr: ConductorErrorStrings = {
  locale: 'fr-CA',
  dir: 'ltr',
  titles: {
    INTEGRATION_CONNECTION_NOT_SET_UP: 'QuickBooks Desktop n’est pas encore connecté',
    INTEGRATION_CONNECTION_NOT_ACTIVE: 'Le connecteur Web QuickBooks n’est pas en cours d’exécution',
    QBD_CONNECTION_ERROR: 'Impossible de joindre QuickBooks Desktop',
    QBD_REQUEST_ERROR: 'QuickBooks Desktop a refusé la demande',
    QBD_REQUEST_TIMEOUT: 'QuickBooks Desktop a mis trop de temps à répondre',
    INTEGRATION_ERROR: 'QuickBooks Desktop n’a pas pu traiter la demande',
    INTEGRATION_CONNECTION_ERROR: 'Impossible de se connecter à QuickBooks Desktop',
    INVALID_REQUEST_ERROR: 'La demande n’a pas pu être traitée',
    AUTHENTICATION_ERROR: 'Impossible d’ouvrir une session dans le service QuickBooks',
    PERMISSION_ERROR: 'Accès refusé',
    INTERNAL_ERROR: 'Un problème est survenu de notre côté',
    CONNECTION_ERROR: 'Impossible de joindre le service QuickBooks',
    UNKNOWN_ERROR: 'Un problème est survenu',
  },
  retry: 'Réessayer',
  showDetails: 'Détails',
  howToFix: 'Comment corriger',
  contactSupport: 'Communiquer avec le soutien',
  fixStepsLegend: 'Comment corriger le problème',
  // A label and a count rather than "3 étapes terminées": no plural to agree, 0 and 1 included.
  fixStepsProgress: (done, total) => `Étapes terminées\u00a0: ${done} sur ${total}`,
  menuPathLabel: (items) => items.join(', puis '),
  requestId: 'ID de la demande',
  copyRequestId: 'Copier l’ID de la demande',
  copySupportDetails: 'Copier les détails pour le soutien',
  copied: 'Copié',
  copyFailed: 'Impossible de copier automatiquement',
  copyManualHint: 'Appuyez sur Ctrl+C (⌘C sur Mac) pour copier.',
  copyManualFieldLabel: 'Texte à copier',
  close: 'Fermer',
  detailsHeading: 'Détails techniques',
  code: 'Code d’erreur',
  type: 'Type d’erreur',
  integrationCode: 'Code QuickBooks',
  httpStatus: 'Code d’état HTTP',
  developerMessage: 'Message pour les développeurs',
  time: 'Heure',
  userFacingMessage: 'Message',
  copyValue: 'Copier',
};
