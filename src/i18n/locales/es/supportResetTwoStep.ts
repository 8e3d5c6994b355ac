import type { Messages } from '../../types.ts';

/** Spanish strings of supportResetTwoStep (the keys and their notes: src/i18n/en/supportResetTwoStep.ts). */
export const supportResetTwoStep: Messages['supportResetTwoStep'] = {
  title: 'Verificación en dos pasos',
  description: 'Para un usuario que perdió el acceso a su segundo factor.',
  on: 'La verificación en dos pasos de {user} está activada: {factors}.',
  off: 'La verificación en dos pasos de {user} está desactivada. No hay nada que restablecer.',
  factorSms: 'mensajes de texto al {numbers}',
  factorTotp: 'una app de autenticación',
  factorBackupCodes: 'códigos de respaldo',
  reset: 'Restablecer la verificación en dos pasos',
  confirmTitle: '¿Restablecer la verificación en dos pasos de {user}?',
  confirmBody: 'Esto desactiva todos los segundos factores: {factors}. {user} iniciará sesión sin segundo paso hasta que lo vuelva a configurar. Sus números de teléfono se mantienen.',
  confirm: 'Restablecer la verificación en dos pasos',
  announceReset: 'Se restableció la verificación en dos pasos de {user}.',
};
