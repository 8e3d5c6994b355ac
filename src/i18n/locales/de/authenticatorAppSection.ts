import type { Messages } from '../../types.ts';

/** German strings of authenticatorAppSection (the keys and their notes: src/i18n/en/authenticatorAppSection.ts). */
export const authenticatorAppSection: Messages['authenticatorAppSection'] = {
  heading: 'Authenticator-App',
  description: 'Bei der Anmeldung kann ein Code aus einer App auf Ihrem Smartphone abgefragt werden, etwa Google Authenticator oder 1Password. Das geht auch ohne Mobilfunkempfang.',
  loading: 'Einstellungen der Authenticator-App werden geladen …',
  loadError: 'Die Einstellungen der Authenticator-App konnten nicht geladen werden.',

  statusOff: 'Die Authenticator-App ist {state}.',
  statusOn: 'Die Authenticator-App ist {state}. Bei der Anmeldung fragen wir nach einem Code aus Ihrer App.',
  statusBrief: 'Die Authenticator-App ist {state}.',
  stateOn: 'aktiviert',
  stateOff: 'deaktiviert',
  setupButton: 'Authenticator-App einrichten',
  removeButton: 'Authenticator-App entfernen',

  enrollHeading: 'Authenticator-App einrichten',
  starting: 'Ihr Einrichtungsschlüssel wird abgerufen …',
  scanStep: 'Scannen Sie diesen QR-Code mit Ihrer Authenticator-App.',
  qrLabel: 'QR-Code zum Scannen mit Ihrer Authenticator-App',
  cantScan: 'Scannen klappt nicht? Geben Sie stattdessen diesen Einrichtungsschlüssel in Ihrer App ein.',
  setupKeyLabel: 'Einrichtungsschlüssel',
  copyKey: 'Einrichtungsschlüssel kopieren',
  keyCopied: 'Einrichtungsschlüssel kopiert',
  copyFailed: 'Kopieren ist hier nicht möglich. Markieren Sie den Schlüssel und kopieren Sie ihn von Hand.',
  codeLabel: 'Code aus Ihrer App',
  codeHint: 'Geben Sie den {length}-stelligen Code ein, den Ihre App für dieses Konto anzeigt.',
  codeIncomplete: 'Geben Sie alle {length} Ziffern des Codes ein.',
  codeWrong: 'Dieser Code hat nicht funktioniert. Codes wechseln alle 30 Sekunden: Geben Sie den ein, den Ihre App jetzt anzeigt.',
  verify: 'Bestätigen',
  verifying: 'Wird bestätigt …',
  backupCodesHeading: 'Speichern Sie Ihre Backup-Codes',

  removeTitle: 'Authenticator-App entfernen?',
  removeBody: 'Bei der Anmeldung wird kein Code aus Ihrer App mehr abgefragt.',
  removeKeepsSms: 'Stattdessen senden wir einen Code per SMS an {phoneNumber}.',
  removeTurnsOff: 'Die Zwei-Schritt-Verifizierung wird deaktiviert: Bei der Anmeldung wird nur noch Ihr Passwort abgefragt, und Ihre Backup-Codes funktionieren nicht mehr.',
  removeConfirm: 'Authenticator-App entfernen',

  announceOn: 'Authenticator-App aktiviert',
  announceOff: 'Authenticator-App entfernt',
};
