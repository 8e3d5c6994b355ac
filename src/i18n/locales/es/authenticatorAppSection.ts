import type { Messages } from '../../types.ts';

/** Spanish strings of authenticatorAppSection (the keys and their notes: src/i18n/en/authenticatorAppSection.ts). */
export const authenticatorAppSection: Messages['authenticatorAppSection'] = {
  heading: 'App de autenticación',
  description: 'Al iniciar sesión, se te puede pedir un código de una app en tu teléfono, como Google Authenticator o 1Password. Funciona sin cobertura.',
  loading: 'Cargando la configuración de la app de autenticación…',
  loadError: 'No pudimos cargar la configuración de la app de autenticación.',

  statusOff: 'La app de autenticación está {state}.',
  statusOn: 'La app de autenticación está {state}. Cuando inicias sesión, te pedimos un código de tu app.',
  statusBrief: 'La app de autenticación está {state}.',
  stateOn: 'activada',
  stateOff: 'desactivada',
  setupButton: 'Configurar la app de autenticación',
  removeButton: 'Quitar la app de autenticación',

  enrollHeading: 'Configura tu app de autenticación',
  starting: 'Obteniendo tu clave de configuración…',
  scanStep: 'Escanea este código QR con tu app de autenticación.',
  qrLabel: 'Código QR para escanear con tu app de autenticación',
  cantScan: '¿No puedes escanearlo? Introduce esta clave de configuración en tu app.',
  setupKeyLabel: 'Clave de configuración',
  copyKey: 'Copiar la clave de configuración',
  keyCopied: 'Clave de configuración copiada',
  copyFailed: 'Aquí no se puede copiar. Selecciona la clave y cópiala a mano.',
  codeLabel: 'Código de tu app',
  codeHint: 'Introduce el código de {length} dígitos que muestra tu app para esta cuenta.',
  codeIncomplete: 'Introduce los {length} dígitos del código.',
  codeWrong: 'Ese código no ha funcionado. Los códigos cambian cada 30 segundos: introduce el que muestra tu app ahora.',
  verify: 'Verificar',
  verifying: 'Verificando…',
  backupCodesHeading: 'Guarda tus códigos de respaldo',

  removeTitle: '¿Quitar la app de autenticación?',
  removeBody: 'Al iniciar sesión ya no se pedirá un código de tu app.',
  removeKeepsSms: 'En su lugar, te enviaremos un código por SMS al {phoneNumber}.',
  removeTurnsOff: 'La verificación en dos pasos se desactivará: al iniciar sesión solo se pedirá tu contraseña, y tus códigos de respaldo dejarán de funcionar.',
  removeConfirm: 'Quitar la app de autenticación',

  announceOn: 'App de autenticación activada',
  announceOff: 'App de autenticación quitada',
};
