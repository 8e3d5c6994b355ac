import type { Messages } from '../../types.ts';

/** Spanish strings of verifyPhoneNumber (the keys and their notes: src/i18n/en/verifyPhoneNumber.ts). */
export const verifyPhoneNumber: Messages['verifyPhoneNumber'] = {
  sentTo: 'Enviado al {phoneNumber}',
  notSentYet: 'Se enviará un código al {phoneNumber}',
  changeNumber: 'Cambiar número',
  codeLabel: 'Código de verificación',
  codeHint: 'Introduce el código de {length} dígitos del SMS.',
  expiresIn: 'El código caduca en {time}',
  verify: 'Verificar',
  verifying: 'Verificando…',
  sendCode: 'Enviar código',
  resend: 'Reenviar código',
  resendIn: 'Reenviar código en {seconds} s',
  sending: 'Enviando…',
  getNewCode: 'Pedir un código nuevo',
  getNewCodeIn: 'Pedir un código nuevo en {seconds} s',
  codeIncomplete: 'Introduce los {length} dígitos del código.',
  codeNotFound: 'No se encontró un código de {length} dígitos en ese texto. Escribe el código del mensaje de texto.',
  expiredReason: 'Este código ha caducado y ya no se puede usar.',
  failedReason: 'Se introdujeron demasiados códigos incorrectos, así que este código ya no sirve.',
  sendRateLimited: 'Se han pedido demasiados códigos. Podrás pedir uno nuevo dentro de {seconds} segundos.',
  verified: 'Número de teléfono verificado',
  announceCodeSent: 'Se envió un código al {phoneNumber}.',
  announceCooldownEnded: 'Ya puedes pedir un código nuevo.',
  announceVerified: 'Número de teléfono verificado',
  lastAttempt: 'Te queda un intento. Si introduces otro código incorrecto, tendrás que pedir uno nuevo.',
};
