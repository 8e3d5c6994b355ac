/**
 * What the runtime needs to name parts: each component's block class, imported from the registries' files as plain
 * constants. The registries themselves (descriptions, data attributes) are never
 * referenced here, so bundlers drop them: they cost the user nothing.
 */
import { addPhoneNumberBlock } from '../AddPhoneNumber/parts.ts';
import { backupCodesBlock } from '../BackupCodes/parts.ts';
import { defaultSecondFactorBlock } from '../DefaultSecondFactor/parts.ts';
import { phoneNumbersSectionBlock } from '../PhoneNumbersSection/parts.ts';
import { smsTwoFactorSectionBlock } from '../SmsTwoFactorSection/parts.ts';
import { authenticatorAppSectionBlock } from '../AuthenticatorAppSection/parts.ts';
import { twoStepVerificationSectionBlock } from '../TwoStepVerificationSection/parts.ts';
import { verifyPhoneNumberBlock } from '../VerifyPhoneNumber/parts.ts';
import { reverificationDialogBlock } from '../ReverificationDialog/parts.ts';
import { supportUserLookupBlock } from '../SupportUserLookup/parts.ts';
import { supportPhoneNumbersBlock } from '../SupportPhoneNumbers/parts.ts';
import { supportResetTwoStepBlock } from '../SupportResetTwoStep/parts.ts';
import { supportVerifyCallerBlock } from '../SupportVerifyCaller/parts.ts';
import { partClassName, SHARED_BLOCK } from './partTypes.ts';
import type { ComponentKey } from './registry.ts';

/** Each component's block class: its root's class and the prefix of its parts' classes. */
export const PART_BLOCKS = {
  addPhoneNumber: addPhoneNumberBlock,
  verifyPhoneNumber: verifyPhoneNumberBlock,
  phoneNumbersSection: phoneNumbersSectionBlock,
  smsTwoFactorSection: smsTwoFactorSectionBlock,
  authenticatorAppSection: authenticatorAppSectionBlock,
  twoStepVerificationSection: twoStepVerificationSectionBlock,
  defaultSecondFactor: defaultSecondFactorBlock,
  backupCodes: backupCodesBlock,
  reverificationDialog: reverificationDialogBlock,
  supportUserLookup: supportUserLookupBlock,
  supportPhoneNumbers: supportPhoneNumbersBlock,
  supportResetTwoStep: supportResetTwoStepBlock,
  supportVerifyCaller: supportVerifyCallerBlock,
} as const satisfies { readonly [K in Exclude<ComponentKey, 'common'>]: string };

/** The kit class of one part at run time: the same rule as the registries ({@link partClassName}). */
export function kitPartClass(component: ComponentKey, part: string): string {
  return partClassName(component === 'common' ? SHARED_BLOCK : PART_BLOCKS[component], part);
}
