'use client';
/** The strings this folder's components show: English defaults for the shared and the error namespaces. */
import { useMessages } from '../../i18n/useMessages.ts';
import { common } from '../../i18n/en/common.ts';
import { requestErrors } from '../../i18n/en/requestErrors.ts';

const DEFAULTS = { common, errors: requestErrors };

/** The active language's common, errors namespaces, and the locale. */
export const useCommonMessages = () => useMessages(DEFAULTS);
