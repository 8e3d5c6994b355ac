'use client';
/** The strings this folder's components show: English defaults for its own, the shared and the error namespaces. */
import { useMessages } from '../../i18n/useMessages.ts';
import { common } from '../../i18n/en/common.ts';
import { requestErrors } from '../../i18n/en/requestErrors.ts';
import { phoneNumbersSection } from '../../i18n/en/phoneNumbersSection.ts';

const DEFAULTS = { common, errors: requestErrors, phoneNumbersSection };

/** The active language's common, errors, phoneNumbersSection namespaces, and the locale. */
export const usePhoneNumbersSectionMessages = () => useMessages(DEFAULTS);
