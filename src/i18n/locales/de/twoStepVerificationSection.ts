import type { Messages } from '../../types.ts';

/** German strings of twoStepVerificationSection (the keys and their notes: src/i18n/en/twoStepVerificationSection.ts). */
export const twoStepVerificationSection: Messages['twoStepVerificationSection'] = {
  heading: 'Zwei-Schritt-Verifizierung',
  description: 'Bei der Anmeldung wird ein zweiter Schritt abgefragt, damit ein gestohlenes Passwort nicht reicht.',
  loading: 'Einstellungen der Zwei-Schritt-Verifizierung werden geladen …',
  loadError: 'Die Einstellungen der Zwei-Schritt-Verifizierung konnten nicht geladen werden.',

  statusOff: 'Die Zwei-Schritt-Verifizierung ist {state}.',
  stateOn: 'aktiviert',
  stateOff: 'deaktiviert',
  firstTotp: 'Bei der Anmeldung fragen wir zuerst nach einem Code aus Ihrer Authenticator-App.',
  firstSms: 'Bei der Anmeldung senden wir zuerst einen Code per SMS an {phoneNumber}.',
  fallbackSms: 'Wenn Sie Ihre Authenticator-App nicht nutzen können, senden wir einen Code per SMS an {phoneNumber}.',
  fallbackBackupCodes: 'Wenn Sie darauf keinen Zugriff mehr haben, können Sie sich mit einem Backup-Code anmelden.',

  factorsLabel: 'Ihre Verifizierungswege',
  totpTitle: 'Authenticator-App',
  smsTitle: 'SMS',
  backupCodesTitle: 'Backup-Codes',
  firstBadge: 'Wird zuerst verwendet',
  factorOn: 'Aktiviert',
  factorOff: 'Deaktiviert',
  smsNone: 'Keine Telefonnummer erhält Anmeldecodes.',
  backupCodesOn: 'Sie haben Backup-Codes für den Fall, dass Ihre anderen Wege nicht zur Hand sind.',
  backupCodesOff: 'Backup-Codes werden erstellt, wenn Sie die Zwei-Schritt-Verifizierung aktivieren.',
  backupCodesButton: 'Backup-Codes anzeigen',
};
