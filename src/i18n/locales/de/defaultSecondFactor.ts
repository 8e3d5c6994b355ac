import type { Messages } from '../../types.ts';

/** German strings of defaultSecondFactor (the keys and their notes: src/i18n/en/defaultSecondFactor.ts). */
export const defaultSecondFactor: Messages['defaultSecondFactor'] = {
  title: 'Zwei-Schritt-Verifizierung per SMS',
  intro: 'Wählen Sie, welche Ihrer bestätigten Telefonnummern Anmeldecodes empfangen können und welche sie zuerst erhält.',
  listLabel: 'Ihre Telefonnummern',
  switchLabel: '{number} für Anmeldecodes verwenden',
  makeDefault: 'Als Standard festlegen',
  unverifiedNote: 'Noch nicht bestätigte Nummern sind hier nicht aufgeführt: Bestätigen Sie eine Nummer, um dort Anmeldecodes zu erhalten.',
  off: 'Die Zwei-Schritt-Verifizierung per SMS ist deaktiviert.',
  turnedOn: 'Zwei-Schritt-Verifizierung für {number} aktiviert.',
  turnedOff: 'Zwei-Schritt-Verifizierung für {number} deaktiviert.',
  madeDefault: '{number} ist jetzt Ihre Standardnummer für Anmeldecodes.',
  changeFailed: '{number} konnte nicht geändert werden. {reason}',
  turnOffLastTitle: 'Zwei-Schritt-Verifizierung deaktivieren?',
  turnOffLastBody:
    'Die Zwei-Schritt-Verifizierung wird für Ihr Konto deaktiviert: Bei der Anmeldung wird kein an {number} gesendeter Code mehr abgefragt, und Ihre Backup-Codes funktionieren nicht mehr.',
  turnOffDefaultTitle: 'Standardnummer nicht mehr verwenden?',
  turnOffDefaultBody: '{number} ist Ihre Standardnummer für Anmeldecodes. Die Codes gehen dann stattdessen an {next}.',
  turnOffConfirm: 'Deaktivieren',
  empty: 'Sie haben noch keine Telefonnummern. Fügen Sie eine Telefonnummer hinzu und bestätigen Sie sie, um sie für die Zwei-Schritt-Verifizierung zu verwenden.',
  loading: 'Telefonnummern werden geladen…',
  listError: 'Ihre Telefonnummern konnten nicht geladen werden.',
};
