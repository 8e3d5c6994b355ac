/** The downloaded file's name and text, and the print heading: all from the catalog, nothing hard-coded. */
import { formatMessage } from '../../i18n/format.ts';
import type { Messages } from '../../i18n/types.ts';

/** Who the codes belong to, as the host names them. */
export interface CodesOwner {
  applicationName?: string | undefined;
  accountIdentifier?: string | undefined;
}

/** `Acme Corp!` → `acme-corp`. Letters of any script survive; accents, spaces and punctuation become dashes. */
function fileSafe(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** The file name: `{app}-backup-codes.txt`, or the catalog's generic name when there is no usable app name. */
export function backupCodesFileName(messages: Pick<Messages, 'backupCodes'>, owner: CodesOwner): string {
  const app = owner.applicationName ? fileSafe(owner.applicationName) : '';
  return app ? formatMessage(messages.backupCodes.fileName, { app }) : messages.backupCodes.fileNameWithoutApp;
}

function heading(template: string, templateWithAccount: string, messages: Pick<Messages, 'backupCodes'>, owner: CodesOwner): string {
  const app = owner.applicationName || messages.backupCodes.defaultApplicationName;
  return owner.accountIdentifier
    ? formatMessage(templateWithAccount, { app, account: owner.accountIdentifier })
    : formatMessage(template, { app });
}

/** The heading printed above the codes. */
export function backupCodesPrintHeading(messages: Pick<Messages, 'backupCodes'>, owner: CodesOwner): string {
  return heading(messages.backupCodes.printHeading, messages.backupCodes.printHeadingWithAccount, messages, owner);
}

/** The file's text: the heading, the single-use note, then one code per line. */
export function backupCodesFileText(codes: readonly string[], messages: Pick<Messages, 'backupCodes'>, owner: CodesOwner): string {
  const title = heading(messages.backupCodes.fileHeading, messages.backupCodes.fileHeadingWithAccount, messages, owner);
  return [title, '', messages.backupCodes.fileNote, '', ...codes, ''].join('\n');
}
