'use client';
/** The strings the step-up dialog shows: English defaults for its own, the shared, the code step's and the error namespaces. */
import { useMessages } from '../../i18n/useMessages.ts';
import { common } from '../../i18n/en/common.ts';
import { errors } from '../../i18n/en/errors.ts';
import { reverificationDialog } from '../../i18n/en/reverificationDialog.ts';
import { verifyPhoneNumber } from '../../i18n/en/verifyPhoneNumber.ts';

const DEFAULTS = { common, errors, reverificationDialog, verifyPhoneNumber };

/** The active language's common, errors, reverificationDialog and verifyPhoneNumber namespaces, and the locale. */
export const useReverificationDialogMessages = () => useMessages(DEFAULTS);
