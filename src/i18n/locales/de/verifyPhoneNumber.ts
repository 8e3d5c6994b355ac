import type { Messages } from '../../types.ts';

/** German strings of verifyPhoneNumber (the keys and their notes: src/i18n/en/verifyPhoneNumber.ts). */
export const verifyPhoneNumber: Messages['verifyPhoneNumber'] = {
  sentTo: 'Gesendet an {phoneNumber}',
  notSentYet: 'Ein Code wird an {phoneNumber} gesendet',
  changeNumber: 'Nummer ändern',
  codeLabel: 'Bestätigungscode',
  codeHint: 'Geben Sie den {length}-stelligen Code aus der SMS ein.',
  expiresIn: 'Der Code läuft in {time} ab',
  verify: 'Bestätigen',
  verifying: 'Wird bestätigt…',
  sendCode: 'Code senden',
  resend: 'Code erneut senden',
  resendIn: 'Code erneut senden in {seconds} s',
  sending: 'Wird gesendet…',
  getNewCode: 'Neuen Code anfordern',
  getNewCodeIn: 'Neuen Code anfordern in {seconds} s',
  codeIncomplete: 'Geben Sie alle {length} Ziffern des Codes ein.',
  codeNotFound: 'In diesem Text wurde kein {length}-stelliger Code gefunden. Geben Sie den Code aus der SMS ein.',
  expiredReason: 'Dieser Code ist abgelaufen und kann nicht mehr verwendet werden.',
  failedReason: 'Es wurden zu viele falsche Codes eingegeben, deshalb ist dieser Code nicht mehr gültig.',
  sendRateLimited: 'Es wurden zu viele Codes angefordert. Sie können in {seconds} Sekunden einen neuen anfordern.',
  verified: 'Telefonnummer bestätigt',
  announceCodeSent: 'Ein Code wurde an {phoneNumber} gesendet.',
  announceCooldownEnded: 'Sie können jetzt einen neuen Code anfordern.',
  announceVerified: 'Telefonnummer bestätigt',
  lastAttempt: 'Noch ein Versuch. Nach einem weiteren falschen Code müssen Sie einen neuen anfordern.',
};
