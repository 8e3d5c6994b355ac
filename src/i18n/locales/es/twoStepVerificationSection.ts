import type { Messages } from '../../types.ts';

/** Spanish strings of twoStepVerificationSection (the keys and their notes: src/i18n/en/twoStepVerificationSection.ts). */
export const twoStepVerificationSection: Messages['twoStepVerificationSection'] = {
  heading: 'Verificación en dos pasos',
  description: 'Al iniciar sesión se pide un segundo paso: una contraseña robada no basta.',
  loading: 'Cargando la configuración de la verificación en dos pasos…',
  loadError: 'No pudimos cargar la configuración de la verificación en dos pasos.',

  statusOff: 'La verificación en dos pasos está {state}.',
  stateOn: 'activada',
  stateOff: 'desactivada',
  firstTotp: 'Cuando inicias sesión, primero te pedimos un código de tu app de autenticación.',
  firstSms: 'Cuando inicias sesión, primero te enviamos un código por SMS al {phoneNumber}.',
  fallbackSms: 'Si no puedes usar tu app de autenticación, te enviamos un código por SMS al {phoneNumber}.',
  fallbackBackupCodes: 'Si pierdes el acceso a estos, puedes iniciar sesión con un código de respaldo.',

  factorsLabel: 'Tus formas de verificación',
  totpTitle: 'App de autenticación',
  smsTitle: 'Mensaje de texto (SMS)',
  backupCodesTitle: 'Códigos de respaldo',
  firstBadge: 'Se usa primero',
  factorOn: 'Activado',
  factorOff: 'Desactivado',
  smsNone: 'Ningún número de teléfono recibe códigos de inicio de sesión.',
  backupCodesOn: 'Tienes códigos de respaldo para cuando no tengas a mano tus otras formas.',
  backupCodesOff: 'Los códigos de respaldo se crean al activar la verificación en dos pasos.',
  backupCodesButton: 'Mostrar los códigos de respaldo',
};
