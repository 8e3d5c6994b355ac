import type { Messages } from '../../types.ts';

/** Spanish strings of smsTwoFactorSection (the keys and their notes: src/i18n/en/smsTwoFactorSection.ts). */
export const smsTwoFactorSection: Messages['smsTwoFactorSection'] = {
  heading: 'Verificación en dos pasos',
  description: 'Al iniciar sesión, un código por SMS: una contraseña robada no basta.',
  loading: 'Cargando la configuración de la verificación en dos pasos…',
  listError: 'No pudimos cargar la configuración de la verificación en dos pasos.',

  statusOff: 'La verificación por SMS está {state}.',
  statusOnOne: 'La verificación por SMS está {state}. Cuando inicias sesión, te enviamos un código al {phoneNumber}.',
  statusOnMany:
    'La verificación por SMS está {state} para {count} números de teléfono. Cuando inicias sesión, te enviamos un código a tu número predeterminado, el {phoneNumber}.',
  stateOn: 'activada',
  stateOff: 'desactivada',
  enableButton: 'Activar la verificación por SMS',
  disableButton: 'Desactivar la verificación por SMS',
  backupCodesButton: 'Códigos de respaldo',

  wizardLabel: 'Activar la verificación por SMS',
  stepCount: 'Paso {step} de {total}',
  chooseHeading: 'Elige un número de teléfono',
  chooseHint: 'Te enviaremos un código por SMS a este número cada vez que inicies sesión.',
  chooseNewNumber: 'Usar un número de teléfono nuevo',
  chooseUnverifiedHint: 'Aún sin verificar: primero te enviaremos un código para verificarlo.',
  addStepHeading: 'Añadir un número de teléfono',
  verifyStepHeading: 'Verifica tu número de teléfono',
  reserving: 'Activando la verificación por SMS…',
  backupCodesStepHeading: 'Guarda tus códigos de respaldo',
  doneStepHeading: 'La verificación por SMS está activada',
  doneStepBody: 'Cuando inicies sesión, te enviaremos un código al {phoneNumber}.',

  disableTitle: '¿Desactivar la verificación por SMS?',
  disableWarning: 'Al iniciar sesión ya no se pedirá un código enviado a tu teléfono, y tus códigos de respaldo dejarán de funcionar.',
  disableWarningSecurity: 'Será más fácil entrar en tu cuenta si alguna vez te roban la contraseña.',
  disableConfirm: 'Desactivar la verificación por SMS',

  announceOn: 'Verificación por SMS activada',
  announceOff: 'Verificación por SMS desactivada',
};
