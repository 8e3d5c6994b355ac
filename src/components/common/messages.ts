'use client';
/** The strings this folder's components show: English defaults for the shared and the error namespaces. */
import { useMessages } from '../../i18n/useMessages.ts';
import { common } from '../../i18n/en/common.ts';
import { errors } from '../../i18n/en/errors.ts';

const DEFAULTS = { common, errors };

/** The active language's common, errors namespaces, and the locale. */
export const useCommonMessages = () => useMessages(DEFAULTS);
