/** Strings of smsTwoFactorSection. */
export const smsTwoFactorSection = {
  heading: 'Two-step verification',
  loading: 'Loading your two-step verification settings…',
  listError: 'We could not load your two-step verification settings.',

  statusOff: 'SMS verification is off.',
  explanationOff:
    'Add a second step to signing in: after your password, we text a code to your phone. Someone who learns your password still cannot sign in without it.',
  statusOnOne: 'SMS verification is on. When you sign in, we text a code to {phoneNumber}.',
  statusOnMany: 'SMS verification is on for {count} phone numbers. When you sign in, we text a code to your default number, {phoneNumber}.',
  enableButton: 'Enable SMS verification',
  disableButton: 'Disable SMS verification',
  backupCodesButton: 'View or regenerate backup codes',

  wizardHeading: 'Turn on SMS verification',
  chooseLegend: 'Choose a phone number',
  chooseHint: 'We will text a code to this number each time you sign in.',
  chooseNewNumber: 'Use a new phone number',
  chooseUnverifiedHint: 'Not verified yet: we will text you a code to verify it first.',
  addStepHeading: 'Add a phone number',
  verifyStepHeading: 'Verify your phone number',
  reserving: 'Turning on SMS verification…',
  backupCodesStepHeading: 'Save your backup codes',
  doneStepHeading: 'SMS verification is on',
  doneStepBody: 'When you sign in, we will text a code to {phoneNumber}.',

  disableTitle: 'Disable SMS verification?',
  disableWarning: 'Signing in will no longer ask for a code sent to your phone, and your backup codes will stop working.',
  disableWarningSecurity: 'Your account will be easier to break into if your password is ever stolen.',
  disableConfirm: 'Disable SMS verification',

  announceOn: 'SMS verification turned on',
  announceOff: 'SMS verification turned off',
};
