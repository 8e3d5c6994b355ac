import type { Messages } from '../../types.ts';

/** German strings of supportVerifyCaller (the keys and their notes: src/i18n/en/supportVerifyCaller.ts). */
export const supportVerifyCaller: Messages['supportVerifyCaller'] = {
  title: 'Anrufer bestätigen',
  description: 'Sende einen Code an eine der Nummern und lass ihn dir vom Anrufer vorlesen.',
  chooseLabel: 'Code senden an',
  noNumbers: '{user} hat keine Nummer, an die ein Code gehen kann.',
  send: 'Code senden',
  sending: 'Wird gesendet …',
  sentTo: 'Code an {number} gesendet. Bitte den Anrufer, ihn vorzulesen.',
  codeLabel: 'Code, den der Anrufer vorliest',
  codeHint: '6 Ziffern.',
  codeIncomplete: 'Gib alle {length} Ziffern ein.',
  check: 'Code prüfen',
  checking: 'Wird geprüft …',
  sendAgain: 'Neuen Code senden',
  otherNumber: 'Andere Nummer wählen',
  wrongCode: 'Dieser Code ist falsch.',
  attemptsLeft: 'Noch {count} Versuche.',
  lastAttempt: 'Noch 1 Versuch.',
  locked: 'Zu viele falsche Codes: Dieser Code gilt nicht mehr. Sende einen neuen Code, um es noch einmal zu versuchen.',
  expired: 'Der Code ist abgelaufen. Sende einen neuen Code.',
  verified: 'Anrufer bestätigt: Er hat {number}.',
  startOver: 'Erneut bestätigen',
};
