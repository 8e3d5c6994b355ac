import type { Messages } from '../../types.ts';

/** German strings of smsTwoFactorSection (the keys and their notes: src/i18n/en/smsTwoFactorSection.ts). */
export const smsTwoFactorSection: Messages['smsTwoFactorSection'] = {
  heading: 'Zwei-Schritt-Verifizierung',
  description: 'Bei der Anmeldung zusätzlich ein Code per SMS: Ein gestohlenes Passwort allein genügt nicht.',
  loading: 'Einstellungen der Zwei-Schritt-Verifizierung werden geladen…',
  listError: 'Die Einstellungen der Zwei-Schritt-Verifizierung konnten nicht geladen werden.',

  statusOff: 'Die SMS-Verifizierung ist {state}.',
  statusOnOne: 'Die SMS-Verifizierung ist {state}. Bei der Anmeldung senden wir einen Code per SMS an {phoneNumber}.',
  statusOnMany:
    'Die SMS-Verifizierung ist für {count} Telefonnummern {state}. Bei der Anmeldung senden wir einen Code per SMS an Ihre Standardnummer {phoneNumber}.',
  stateOn: 'aktiviert',
  stateOff: 'deaktiviert',
  enableButton: 'SMS-Verifizierung aktivieren',
  disableButton: 'SMS-Verifizierung deaktivieren',
  backupCodesButton: 'Backup-Codes',

  wizardLabel: 'SMS-Verifizierung aktivieren',
  stepCount: 'Schritt {step} von {total}',
  chooseHeading: 'Telefonnummer auswählen',
  chooseHint: 'Wir senden bei jeder Anmeldung einen Code per SMS an diese Nummer.',
  chooseNewNumber: 'Neue Telefonnummer verwenden',
  chooseUnverifiedHint: 'Noch nicht bestätigt: Wir senden Ihnen zuerst einen Code, um sie zu bestätigen.',
  addStepHeading: 'Telefonnummer hinzufügen',
  verifyStepHeading: 'Telefonnummer bestätigen',
  reserving: 'SMS-Verifizierung wird aktiviert…',
  backupCodesStepHeading: 'Backup-Codes speichern',
  doneStepHeading: 'Die SMS-Verifizierung ist aktiviert',
  doneStepBody: 'Bei der Anmeldung senden wir einen Code per SMS an {phoneNumber}.',

  disableTitle: 'SMS-Verifizierung deaktivieren?',
  disableWarning: 'Bei der Anmeldung wird kein an Ihr Telefon gesendeter Code mehr abgefragt, und Ihre Backup-Codes funktionieren nicht mehr.',
  disableWarningSecurity: 'Ihr Konto ist dann leichter angreifbar, falls Ihr Passwort einmal gestohlen wird.',
  disableConfirm: 'SMS-Verifizierung deaktivieren',

  announceOn: 'SMS-Verifizierung aktiviert',
  announceOff: 'SMS-Verifizierung deaktiviert',
};
