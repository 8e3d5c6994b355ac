import type { AdminUser } from '../../model/admin.ts';
import { formatMessage } from '../../i18n/format.ts';

/** How the console names a user in headings and confirmations: full name, else username, else "User <id>". */
export function supportUserName(user: AdminUser, unnamedTemplate: string): string {
  const name = [user.firstName, user.lastName].filter(Boolean).join(' ');
  return name || user.username || formatMessage(unnamedTemplate, { id: user.id });
}
