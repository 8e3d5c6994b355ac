import type { Messages } from '../../types.ts';

/** German strings of supportResetTwoStep (the keys and their notes: src/i18n/en/supportResetTwoStep.ts). */
export const supportResetTwoStep: Messages['supportResetTwoStep'] = {
  title: 'Zwei-Schritt-Verifizierung',
  description: 'Für Nutzer, die ihren zweiten Faktor verloren haben.',
  on: 'Die Zwei-Schritt-Verifizierung von {user} ist an: {factors}.',
  off: 'Die Zwei-Schritt-Verifizierung von {user} ist aus. Es gibt nichts zurückzusetzen.',
  factorSms: 'SMS an {numbers}',
  factorTotp: 'eine Authenticator-App',
  factorBackupCodes: 'Backup-Codes',
  reset: 'Zwei-Schritt-Verifizierung zurücksetzen',
  confirmTitle: 'Zwei-Schritt-Verifizierung von {user} zurücksetzen?',
  confirmBody: 'Damit wird jeder zweite Faktor ausgeschaltet: {factors}. {user} meldet sich dann ohne zweiten Schritt an, bis er ihn neu einrichtet. Die Telefonnummern bleiben.',
  confirm: 'Zwei-Schritt-Verifizierung zurücksetzen',
  announceReset: 'Die Zwei-Schritt-Verifizierung von {user} wurde zurückgesetzt.',
};
