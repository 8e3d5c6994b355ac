/**
 * Every component's part registry in one map: the source of the `PartKey` union (`'addPhoneNumber.input'`, …),
 * of the class names `useParts` hands out, and of the generated docs/parts.md table.
 */
import { addPhoneNumberParts } from '../AddPhoneNumber/parts.ts';
import { backupCodesParts } from '../BackupCodes/parts.ts';
import { defaultSecondFactorParts } from '../DefaultSecondFactor/parts.ts';
import { phoneNumbersSectionParts } from '../PhoneNumbersSection/parts.ts';
import { smsTwoFactorSectionParts } from '../SmsTwoFactorSection/parts.ts';
import { authenticatorAppSectionParts } from '../AuthenticatorAppSection/parts.ts';
import { twoStepVerificationSectionParts } from '../TwoStepVerificationSection/parts.ts';
import { verifyPhoneNumberParts } from '../VerifyPhoneNumber/parts.ts';
import { reverificationDialogParts } from '../ReverificationDialog/parts.ts';
import { supportUserLookupParts } from '../SupportUserLookup/parts.ts';
import { supportPhoneNumbersParts } from '../SupportPhoneNumbers/parts.ts';
import { supportResetTwoStepParts } from '../SupportResetTwoStep/parts.ts';
import { supportVerifyCallerParts } from '../SupportVerifyCaller/parts.ts';
import { commonParts } from '../common/parts.ts';

export const PART_REGISTRY = {
  addPhoneNumber: addPhoneNumberParts,
  verifyPhoneNumber: verifyPhoneNumberParts,
  phoneNumbersSection: phoneNumbersSectionParts,
  smsTwoFactorSection: smsTwoFactorSectionParts,
  authenticatorAppSection: authenticatorAppSectionParts,
  twoStepVerificationSection: twoStepVerificationSectionParts,
  defaultSecondFactor: defaultSecondFactorParts,
  backupCodes: backupCodesParts,
  reverificationDialog: reverificationDialogParts,
  supportUserLookup: supportUserLookupParts,
  supportPhoneNumbers: supportPhoneNumbersParts,
  supportResetTwoStep: supportResetTwoStepParts,
  supportVerifyCaller: supportVerifyCallerParts,
  common: commonParts,
} as const;

/** A component's key in `appearance.elements`, e.g. `addPhoneNumber`; `common` holds the shared parts (button, alert, …). */
export type ComponentKey = keyof typeof PART_REGISTRY;

/** The part names of one component. */
export type PartName<K extends ComponentKey> = Extract<keyof (typeof PART_REGISTRY)[K]['parts'], string>;

/** A key of `appearance.elements`: `'<component>.<part>'`, e.g. `'addPhoneNumber.input'` or `'common.button'`. */
export type PartKey = { [K in ComponentKey]: `${K}.${PartName<K>}` }[ComponentKey];
