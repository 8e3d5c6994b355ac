/** Strings of SupportUserLookup. */
export const supportUserLookup = {
  title: 'Find a user',
  description: 'Search by the phone number the caller gives you.',
  formLabel: 'Find a user by phone number',
  search: 'Search',
  searching: 'Searching…',
  resultsLabel: 'Users with {number}',
  /** `{count}` users found. */
  found: '{count} user found.',
  foundMany: '{count} users found.',
  notFound: 'No user has {number}.',
  select: 'Open',
  selected: 'Open now',
  /** Under the user's name: e.g. "ada@example.com · user_123". */
  details: '{email} · {id}',
  detailsWithoutEmail: '{id}',
  searchFailed: 'The search failed.',
};
