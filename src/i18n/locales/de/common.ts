import type { Messages } from '../../types.ts';

/** German strings of common (the keys and their notes: src/i18n/en/common.ts). */
export const common: Messages['common'] = {
  cancel: 'Abbrechen',
  continue: 'Weiter',
  done: 'Fertig',
  remove: 'Entfernen',
  retry: 'Erneut versuchen',
  loading: 'Wird geladen…',
  loadFailed: 'Dieser Schritt konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  badgePrimary: 'Primär',
  badgeUnverified: 'Nicht bestätigt',
  badgeDefault: 'Standard für Anmeldecodes',
};
