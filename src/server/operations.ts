/**
 * What each admin route does against Clerk's Backend API. Inputs are checked before the first upstream call; a
 * change is one upstream write, then the user is read again so the console re-renders from one answer. Routes on
 * a phone number first find the user who holds it (the Backend API's `PhoneNumber` does not name its user).
 */
import type {
  AdminCheckCodeResult,
  AdminSendCodeResult,
  AdminUser,
  AdminUserList,
  AdminVerificationStatus,
} from '../model/admin.ts';
import { toAdminPhoneNumber, toAdminUser, type BackendPhoneNumber, type BackendUser } from '../model/backendApi.ts';
import { attemptsLeft } from '../model/verificationAttempts.ts';
import { AdminHttpError, invalidRequest } from './AdminHttpError.ts';
import type { ClerkBackend } from './clerkBackend.ts';
import type { RouteMatch } from './routes.ts';
import * as validate from './validate.ts';

/** What an operation acted on, filled in as it learns it, so an audit event names the target even on failure. */
export interface OperationTarget {
  userId?: string;
  phoneNumberId?: string;
}

/** What an operation gives the handler: the answer, and for a caller check that did not pass, why (for the audit). */
export interface OperationResult {
  body: AdminUser | AdminUserList | AdminSendCodeResult | AdminCheckCodeResult;
  failure?: string;
}

/** Everything an operation may read from the request, already taken apart by the handler. */
export interface OperationInput {
  match: RouteMatch;
  query: URLSearchParams;
  /** The parsed JSON body; `undefined` when there was none. */
  body: unknown;
  target: OperationTarget;
}

const required = (value: string | undefined): string => {
  if (value === undefined) throw invalidRequest('A path parameter is missing.');
  return value;
};

async function ownerOf(clerk: ClerkBackend, phoneNumberId: string, target: OperationTarget): Promise<{ user: BackendUser; phone: BackendPhoneNumber }> {
  const phone = await clerk.getPhoneNumber(phoneNumberId);
  const users = await clerk.findUsersByPhoneNumber(phone.phone_number);
  const user = users.find((candidate) => candidate.phone_numbers.some((p) => p.id === phoneNumberId));
  if (!user) throw new AdminHttpError(404, 'not_found', `No user holds phone number ${phoneNumberId}.`);
  target.userId = user.id;
  return { user, phone: user.phone_numbers.find((p) => p.id === phoneNumberId) ?? phone };
}

const reread = async (clerk: ClerkBackend, userId: string): Promise<AdminUser> => toAdminUser(await clerk.getUser(userId));

/** Why a caller check did not pass, as the audit event's `errorCode`. */
const checkFailure: Record<Exclude<AdminVerificationStatus, 'verified'>, string> = {
  unverified: 'code_incorrect',
  failed: 'verification_failed',
  expired: 'verification_expired',
};

/** Runs the matched route. Throws {@link AdminHttpError} for every refusal. */
export async function runOperation(clerk: ClerkBackend, { match, query, body, target }: OperationInput): Promise<OperationResult> {
  const userId = () => (target.userId = validate.userId(required(match.params.userId)));
  const phoneNumberId = () => (target.phoneNumberId = validate.phoneNumberId(required(match.params.phoneNumberId)));

  switch (match.name) {
    case 'findUsers': {
      const phoneNumber = validate.lookupQuery(query);
      const users = await clerk.findUsersByPhoneNumber(phoneNumber);
      return { body: { users: users.map(toAdminUser) } };
    }
    case 'getUser': {
      if ([...query.keys()].length > 0) throw invalidRequest('This route takes no query parameters.');
      return { body: toAdminUser(await clerk.getUser(userId())) };
    }
    case 'addPhoneNumber': {
      const id = userId();
      const input = validate.addPhoneNumberBody(body);
      const created = await clerk.createPhoneNumber({
        user_id: id,
        phone_number: input.phoneNumber,
        ...(input.verified === undefined ? {} : { verified: input.verified }),
        ...(input.reservedForSecondFactor === undefined ? {} : { reserved_for_second_factor: input.reservedForSecondFactor }),
        ...(input.primary === undefined ? {} : { primary: input.primary }),
      });
      target.phoneNumberId = created.id;
      return { body: await reread(clerk, id) };
    }
    case 'updatePhoneNumber': {
      const id = phoneNumberId();
      const input = validate.updatePhoneNumberBody(body);
      const { user } = await ownerOf(clerk, id, target);
      await clerk.updatePhoneNumber(id, {
        ...(input.verified === undefined ? {} : { verified: input.verified }),
        ...(input.reservedForSecondFactor === undefined ? {} : { reserved_for_second_factor: input.reservedForSecondFactor }),
        ...(input.primary === undefined ? {} : { primary: input.primary }),
      });
      return { body: await reread(clerk, user.id) };
    }
    case 'deletePhoneNumber': {
      const id = phoneNumberId();
      validate.emptyBody(body);
      const { user } = await ownerOf(clerk, id, target);
      await clerk.deletePhoneNumber(id);
      return { body: await reread(clerk, user.id) };
    }
    case 'resetTwoStep': {
      const id = userId();
      validate.emptyBody(body);
      await clerk.disableMfa(id);
      return { body: await reread(clerk, id) };
    }
    case 'sendCode': {
      const id = phoneNumberId();
      validate.emptyBody(body);
      const { user, phone } = await ownerOf(clerk, id, target);
      const verification = await clerk.prepareVerification(id);
      return { body: { phoneNumber: toAdminPhoneNumber(user, phone), verificationId: verification.id, expireAt: verification.expire_at } };
    }
    case 'checkCode': {
      const id = phoneNumberId();
      const input = validate.checkCodeBody(body);
      const owner = await ownerOf(clerk, id, target);
      const verification = await clerk.attemptVerification(id, { verification_id: input.verificationId, code: input.code });
      const { status } = verification;
      // A right code may also have verified the number itself, so only then is the user read again.
      const phoneNumber =
        status === 'verified'
          ? (await reread(clerk, owner.user.id)).phoneNumbers.find((p) => p.id === id)
          : toAdminPhoneNumber(owner.user, owner.phone);
      if (!phoneNumber) throw new AdminHttpError(404, 'not_found', `Phone number ${id} is gone.`);
      const left = status === 'failed' || status === 'expired' ? 0 : verification.attempts === null ? null : attemptsLeft(verification.attempts);
      const result: OperationResult = { body: { verified: status === 'verified', status, attemptsLeft: left, phoneNumber } };
      if (status !== 'verified') result.failure = checkFailure[status];
      return result;
    }
  }
}
