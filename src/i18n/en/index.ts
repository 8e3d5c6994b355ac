/** The English catalog, built in. Each component's strings live in their own file. */
import { common } from './common.ts';
import { errors } from './errors.ts';
import { addPhoneNumber } from './addPhoneNumber.ts';
import { verifyPhoneNumber } from './verifyPhoneNumber.ts';
import { backupCodes } from './backupCodes.ts';
import { defaultSecondFactor } from './defaultSecondFactor.ts';
import { phoneNumbersSection } from './phoneNumbersSection.ts';
import { smsTwoFactorSection } from './smsTwoFactorSection.ts';
import { reverificationDialog } from './reverificationDialog.ts';
import { supportConsole } from './supportConsole.ts';
import { supportUserLookup } from './supportUserLookup.ts';
import { supportPhoneNumbers } from './supportPhoneNumbers.ts';
import { supportResetTwoStep } from './supportResetTwoStep.ts';
import { supportVerifyCaller } from './supportVerifyCaller.ts';
import { authenticatorAppSection } from './authenticatorAppSection.ts';
import { twoStepVerificationSection } from './twoStepVerificationSection.ts';

export const en = {
  common,
  errors,
  addPhoneNumber,
  verifyPhoneNumber,
  backupCodes,
  defaultSecondFactor,
  phoneNumbersSection,
  smsTwoFactorSection,
  reverificationDialog,
  supportConsole,
  supportUserLookup,
  supportPhoneNumbers,
  supportResetTwoStep,
  supportVerifyCaller,
  authenticatorAppSection,
  twoStepVerificationSection,
};
