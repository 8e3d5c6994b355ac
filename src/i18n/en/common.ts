/** Strings shared by several components. */
export const common = {
  cancel: 'Cancel',
  continue: 'Continue',
  done: 'Done',
  remove: 'Remove',
  retry: 'Try again',
  loading: 'Loading…',
  loadFailed: "This step couldn't load. Check your connection and try again.",
  badgePrimary: 'Primary',
  badgeUnverified: 'Unverified',
  badgeDefault: 'Default for sign-in codes',
};
