'use client';
/** The strings this folder's components show: English defaults for its own, the shared and the error namespaces. */
import { useMessages } from '../../i18n/useMessages.ts';
import { common } from '../../i18n/en/common.ts';
import { errors } from '../../i18n/en/errors.ts';
import { twoStepVerificationSection } from '../../i18n/en/twoStepVerificationSection.ts';

const DEFAULTS = { common, errors, twoStepVerificationSection };

/** The active language's common, errors, twoStepVerificationSection namespaces, and the locale. */
export const useTwoStepVerificationSectionMessages = () => useMessages(DEFAULTS);
