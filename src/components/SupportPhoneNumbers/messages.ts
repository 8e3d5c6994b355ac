'use client';
/** The strings this folder's components show: English defaults for its own, the support console's and the shared namespaces. */
import { useMessages } from '../../i18n/useMessages.ts';
import { common } from '../../i18n/en/common.ts';
import { supportConsole } from '../../i18n/en/supportConsole.ts';
import { supportPhoneNumbers } from '../../i18n/en/supportPhoneNumbers.ts';

const DEFAULTS = { common, supportConsole, supportPhoneNumbers };

/** The active language's common, supportConsole and supportPhoneNumbers namespaces, and the locale. */
export const useSupportPhoneNumbersMessages = () => useMessages(DEFAULTS);
