/**
 * The Backend API's objects (`User`, `PhoneNumber`, `EmailAddress`) built from the backend's state, in the shapes of
 * the vendored spec (test/fixtures/clerk-api/clerk-backend-api.yml): every required field, nothing it forbids.
 * Backup codes never appear: the Backend API's `PhoneNumber.backup_codes` stays out of every answer here.
 */
import type { PhoneNumber } from '../../model/types.ts';
import { toPhoneNumberJson } from '../../model/wire.ts';
import { USER_ID } from './rules/account.ts';
import { hasSecondFactor, isTotpEnabled, type RuleContext } from './state.ts';

/** The id of the user's one email address (the backend models one user with at most one address). */
const EMAIL_ADDRESS_ID = 'idn_email_phone_number_kit_test';

/** `PhoneNumber` of the Backend API. */
export function backendPhoneNumberJson(phone: PhoneNumber) {
  return toPhoneNumberJson({ ...phone, backupCodes: null });
}

/** `User` of the Backend API: the numbers, the primary number, and the two-step flags as Clerk derives them. */
export function backendUserJson(ctx: Pick<RuleContext, 'state' | 'config'>) {
  const { state, config } = ctx;
  const now = config.now();
  const phones = state.records.map((record) => record.phone);
  const times = phones.flatMap((phone) => [phone.createdAt, phone.updatedAt]);
  const createdAt = Math.min(now, ...times);
  const emailAddresses =
    config.emailAddress === null
      ? []
      : [
          {
            id: EMAIL_ADDRESS_ID,
            object: 'email_address' as const,
            email_address: config.emailAddress,
            reserved: false,
            verification: { object: 'verification_admin' as const, status: 'verified' as const, strategy: 'admin' as const, attempts: null, expire_at: null },
            linked_to: [],
            created_at: createdAt,
            updated_at: createdAt,
          },
        ];
  return {
    id: USER_ID,
    object: 'user' as const,
    external_id: null,
    primary_email_address_id: config.emailAddress === null ? null : EMAIL_ADDRESS_ID,
    primary_phone_number_id: state.primaryPhoneNumberId,
    primary_web3_wallet_id: null,
    username: null,
    first_name: 'Ada',
    last_name: 'Lovelace',
    image_url: '',
    has_image: false,
    public_metadata: {},
    private_metadata: {},
    unsafe_metadata: {},
    email_addresses: emailAddresses,
    phone_numbers: phones.map(backendPhoneNumberJson),
    web3_wallets: [],
    passkeys: [],
    password_enabled: config.password !== null,
    two_factor_enabled: hasSecondFactor(ctx),
    totp_enabled: isTotpEnabled(state),
    backup_code_enabled: state.backupCodes !== null,
    mfa_enabled_at: null,
    mfa_disabled_at: null,
    external_accounts: [],
    saml_accounts: [],
    enterprise_accounts: [],
    last_sign_in_at: createdAt,
    banned: false,
    locked: false,
    lockout_expires_in_seconds: null,
    verification_attempts_remaining: null,
    created_at: createdAt,
    updated_at: Math.max(createdAt, ...times),
    delete_self_enabled: true,
    create_organization_enabled: false,
    last_active_at: now,
    legal_accepted_at: null,
  };
}
