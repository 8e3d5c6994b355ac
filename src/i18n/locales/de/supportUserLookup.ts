import type { Messages } from '../../types.ts';

/** German strings of supportUserLookup (the keys and their notes: src/i18n/en/supportUserLookup.ts). */
export const supportUserLookup: Messages['supportUserLookup'] = {
  title: 'Nutzer suchen',
  description: 'Suche nach der Telefonnummer, die der Anrufer nennt.',
  formLabel: 'Nutzer nach Telefonnummer suchen',
  search: 'Suchen',
  searching: 'Suche läuft …',
  resultsLabel: 'Nutzer mit {number}',
  found: '{count} Nutzer gefunden.',
  foundMany: '{count} Nutzer gefunden.',
  notFound: 'Kein Nutzer hat {number}.',
  select: 'Öffnen',
  selected: 'Geöffnet',
  details: '{email} · {id}',
  detailsWithoutEmail: '{id}',
  searchFailed: 'Die Suche ist fehlgeschlagen.',
};
