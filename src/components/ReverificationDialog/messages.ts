'use client';
/** The strings the step-up dialog shows: English defaults for its own, the shared and the error namespaces. */
import { useMessages } from '../../i18n/useMessages.ts';
import { common } from '../../i18n/en/common.ts';
import { errors } from '../../i18n/en/errors.ts';
import { reverificationDialog } from '../../i18n/en/reverificationDialog.ts';

const DEFAULTS = { common, errors, reverificationDialog };

/** The active language's common, errors and reverificationDialog namespaces, and the locale. */
export const useReverificationDialogMessages = () => useMessages(DEFAULTS);

/** The strings the dialog's parts read: its own namespace, the shared and the error ones. */
export type ReverificationDialogMessages = ReturnType<typeof useReverificationDialogMessages>['messages'];
