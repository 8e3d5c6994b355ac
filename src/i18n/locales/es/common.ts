import type { Messages } from '../../types.ts';

/** Spanish strings of common (the keys and their notes: src/i18n/en/common.ts). */
export const common: Messages['common'] = {
  cancel: 'Cancelar',
  continue: 'Continuar',
  done: 'Listo',
  remove: 'Eliminar',
  retry: 'Reintentar',
  loading: 'Cargando…',
  loadFailed: 'No se pudo cargar este paso. Comprueba tu conexión e inténtalo de nuevo.',
  badgePrimary: 'Principal',
  badgeUnverified: 'Sin verificar',
  badgeDefault: 'Predeterminado para códigos de inicio de sesión',
};
