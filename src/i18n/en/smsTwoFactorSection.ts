/** Strings of smsTwoFactorSection. */
export const smsTwoFactorSection = {
  heading: 'Two-step verification',
  description: 'Signing in also asks for a code we text to your phone, so a stolen password is not enough.',
  loading: 'Loading your two-step verification settings…',
  listError: 'We could not load your two-step verification settings.',

  /** `{state}` is `stateOn` or `stateOff`, the one emphasised word. */
  statusOff: 'SMS verification is {state}.',
  statusOnOne: 'SMS verification is {state}. When you sign in, we text a code to {phoneNumber}.',
  statusOnMany: 'SMS verification is {state} for {count} phone numbers. When you sign in, we text a code to your default number, {phoneNumber}.',
  stateOn: 'on',
  stateOff: 'off',
  enableButton: 'Enable SMS verification',
  disableButton: 'Disable SMS verification',
  backupCodesButton: 'Backup codes',

  /** Names the wizard's region for screen readers; each step shows its own title instead. */
  wizardLabel: 'Turn on SMS verification',
  stepCount: 'Step {step} of {total}',
  chooseHeading: 'Choose a phone number',
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
