import type { Messages } from '../../types.ts';

/** Spanish strings of defaultSecondFactor (the keys and their notes: src/i18n/en/defaultSecondFactor.ts). */
export const defaultSecondFactor: Messages['defaultSecondFactor'] = {
  title: 'Verificación en dos pasos por SMS',
  intro: 'Elige cuáles de tus números de teléfono verificados pueden recibir códigos de inicio de sesión y cuál los recibe primero.',
  listLabel: 'Tus números de teléfono',
  switchLabel: 'Usar el {number} para los códigos de inicio de sesión',
  makeDefault: 'Hacer predeterminado',
  unverifiedNote: 'Los números que aún no has verificado no aparecen aquí: verifica un número para recibir en él los códigos de inicio de sesión.',
  off: 'La verificación en dos pasos por SMS está desactivada.',
  turnedOn: 'Verificación en dos pasos activada para el {number}.',
  turnedOff: 'Verificación en dos pasos desactivada para el {number}.',
  madeDefault: 'El {number} es ahora tu número predeterminado para los códigos de inicio de sesión.',
  changeFailed: 'No se pudo cambiar el {number}. {reason}',
  turnOffLastTitle: '¿Desactivar la verificación en dos pasos?',
  turnOffLastBody:
    'Se desactivará la verificación en dos pasos de tu cuenta: al iniciar sesión ya no se pedirá un código enviado al {number} y tus códigos de respaldo dejarán de funcionar.',
  turnOffDefaultTitle: '¿Dejar de usar tu número predeterminado?',
  turnOffDefaultBody: 'El {number} es tu número predeterminado para los códigos de inicio de sesión. A partir de ahora, los códigos irán al {next}.',
  turnOffConfirm: 'Desactivar',
  empty: 'Todavía no tienes números de teléfono. Añade y verifica uno para usarlo en la verificación en dos pasos.',
  loading: 'Cargando números de teléfono…',
  listError: 'No se pudieron cargar tus números de teléfono.',
};
