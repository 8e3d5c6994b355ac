/** Strings shared by several components. */
export const common = {
  cancel: 'Cancel',
  continue: 'Continue',
  done: 'Done',
  remove: 'Remove',
  retry: 'Try again',
  loading: 'Loading…',
  badgePrimary: 'Primary',
  badgeUnverified: 'Unverified',
  badgeTwoStep: 'Two-step',
  badgeDefault: 'Default',
};
