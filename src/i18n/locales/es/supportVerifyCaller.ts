import type { Messages } from '../../types.ts';

/** Spanish strings of supportVerifyCaller (the keys and their notes: src/i18n/en/supportVerifyCaller.ts). */
export const supportVerifyCaller: Messages['supportVerifyCaller'] = {
  title: 'Verificar a quien llama',
  description: 'Envía un código a uno de los números y pide a quien llama que te lo lea.',
  chooseLabel: 'Enviar el código a',
  noNumbers: '{user} no tiene ningún número al que enviar un código.',
  send: 'Enviar código',
  sending: 'Enviando…',
  sentTo: 'Código enviado al {number}. Pide a quien llama que te lo lea.',
  codeLabel: 'Código que lee quien llama',
  codeHint: '6 dígitos.',
  codeIncomplete: 'Introduce los {length} dígitos.',
  check: 'Comprobar código',
  checking: 'Comprobando…',
  sendAgain: 'Enviar un código nuevo',
  otherNumber: 'Elegir otro número',
  wrongCode: 'Ese código no es correcto.',
  attemptsLeft: 'Quedan {count} intentos.',
  lastAttempt: 'Queda 1 intento.',
  locked: 'Demasiados códigos incorrectos: este código ya no funciona. Envía un código nuevo para volver a intentarlo.',
  expired: 'El código caducó. Envía un código nuevo.',
  verified: 'Quien llama está verificado: tiene el {number}.',
  startOver: 'Verificar de nuevo',
};
