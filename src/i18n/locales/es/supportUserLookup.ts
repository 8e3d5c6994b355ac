import type { Messages } from '../../types.ts';

/** Spanish strings of supportUserLookup (the keys and their notes: src/i18n/en/supportUserLookup.ts). */
export const supportUserLookup: Messages['supportUserLookup'] = {
  title: 'Buscar un usuario',
  description: 'Busca por el número de teléfono que te da quien llama.',
  formLabel: 'Buscar un usuario por número de teléfono',
  search: 'Buscar',
  searching: 'Buscando…',
  resultsLabel: 'Usuarios con {number}',
  found: '{count} usuario encontrado.',
  foundMany: '{count} usuarios encontrados.',
  notFound: 'Ningún usuario tiene el {number}.',
  select: 'Abrir',
  selected: 'Abierto',
  details: '{email} · {id}',
  detailsWithoutEmail: '{id}',
  searchFailed: 'La búsqueda falló.',
};
