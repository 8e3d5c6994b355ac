/**
 * The signed-in objects of Clerk's Frontend API (`Client.User`, `Client.Session-2`, `Client.Client-2`,
 * `Client.Environment`, the session token), built from the backend's state, so that clerk-js comes up signed in
 * as the backend's one user and its `user.phoneNumbers` mirror the backend. Shapes follow the vendored spec
 * (test/fixtures/clerk-api); every field the spec requires is present and nothing it forbids.
 */
import { toPhoneNumberJson, type PhoneNumberJson } from '../../model/wire.ts';
import type { MemoryEngine } from './engine.ts';
import { USER_ID } from './rules/account.ts';
/** How long the session lives and how long a session token stays valid (clerk-js refreshes before it expires). */
const SESSION_LIFETIME_MS = 7 * 24 * 3_600_000;
const TOKEN_LIFETIME_S = 3_600;

/** The one browser client the handlers answer for: its id and creation time stay fixed. */
export interface ClientIdentity {
  readonly id: string;
  readonly createdAt: number;
}

/** `Client.User`: the backend's numbers, and the two-step flags that follow from them (as Clerk derives them). */
export function userJson(engine: MemoryEngine) {
  const { phoneNumbers } = engine.snapshot();
  // The flags come from the rules (the model's `isTwoFactorEnabled`), exactly as the direct adapter reports them.
  const account = engine.accountSecurity();
  const numbers: PhoneNumberJson[] = phoneNumbers.map((phone) => toPhoneNumberJson({ ...phone, backupCodes: null }));
  const times = phoneNumbers.flatMap((phone) => [phone.createdAt, phone.updatedAt]);
  const createdAt = Math.min(engine.config.now(), ...times);
  return {
    id: USER_ID,
    object: 'user' as const,
    username: null,
    first_name: null,
    last_name: null,
    has_image: false,
    primary_email_address_id: null,
    primary_phone_number_id: account.primaryPhoneNumberId,
    primary_web3_wallet_id: null,
    password_enabled: false,
    two_factor_enabled: account.twoFactorEnabled,
    totp_enabled: account.totpEnabled,
    backup_code_enabled: account.backupCodeEnabled,
    email_addresses: [],
    phone_numbers: numbers,
    web3_wallets: [],
    passkeys: [],
    organization_memberships: [],
    external_accounts: [],
    saml_accounts: [],
    enterprise_accounts: [],
    public_metadata: {},
    unsafe_metadata: {},
    external_id: null,
    last_sign_in_at: createdAt,
    banned: false,
    locked: false,
    lockout_expires_in_seconds: null,
    verification_attempts_remaining: null,
    created_at: createdAt,
    updated_at: Math.max(createdAt, ...times),
    delete_self_enabled: true,
    create_organization_enabled: false,
    last_active_at: engine.config.now(),
    mfa_enabled_at: null,
    mfa_disabled_at: null,
    legal_accepted_at: null,
  };
}

function base64Url(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * A session token in the shape Clerk issues (RS256 header, `sid`/`sub`/`exp` claims). The signature is a
 * placeholder: clerk-js only decodes the token in the browser, and nothing here verifies it.
 */
function sessionTokenJwt(engine: MemoryEngine): string {
  const iat = Math.floor(engine.config.now() / 1000);
  const header = { alg: 'RS256', kid: 'ins_phone_number_kit_test', typ: 'JWT' };
  const payload = {
    azp: typeof location === 'undefined' ? undefined : location.origin,
    exp: iat + TOKEN_LIFETIME_S,
    fva: [0, 0],
    iat,
    iss: engine.config.frontendApiUrl,
    nbf: iat - 10,
    sid: engine.config.sessionId,
    sub: USER_ID,
    v: 2,
  };
  return `${base64Url(header)}.${base64Url(payload)}.${base64Url('not-signed')}`;
}

/** `Token`, as `POST /v1/client/sessions/{id}/tokens` answers. */
export function tokenJson(engine: MemoryEngine) {
  return { object: 'token' as const, jwt: sessionTokenJwt(engine) };
}

/** `Client.Session-2`: the backend's one session, active, with its user embedded. */
export function sessionJson(engine: MemoryEngine, client: ClientIdentity) {
  const now = engine.config.now();
  return {
    id: engine.config.sessionId,
    object: 'session' as const,
    status: 'active' as const,
    expire_at: client.createdAt + SESSION_LIFETIME_MS,
    abandon_at: client.createdAt + 4 * SESSION_LIFETIME_MS,
    last_active_at: now,
    last_active_token: tokenJson(engine),
    actor: null,
    last_active_organization_id: null,
    user: userJson(engine),
    public_user_data: { first_name: null, last_name: null, identifier: USER_ID, has_image: false },
    factor_verification_age: [0, 0],
    created_at: client.createdAt,
    updated_at: Math.max(client.createdAt, now),
  };
}

/** `Client.Client-2`, signed in: the one session, which is the last active one. */
export function signedInClientJson(engine: MemoryEngine, client: ClientIdentity) {
  return {
    object: 'client' as const,
    id: client.id,
    sessions: [sessionJson(engine, client)],
    sign_in: null,
    sign_up: null,
    last_active_session_id: engine.config.sessionId,
    last_authentication_strategy: null,
    cookie_expires_at: null,
    captcha_bypass: false,
    created_at: client.createdAt,
    updated_at: Math.max(client.createdAt, engine.config.now()),
  };
}

/**
 * `Client.Environment` of a development instance: phone numbers as an identifier and SMS codes as a second
 * factor, as an app using this kit would configure its instance. The optional settings blocks the spec allows
 * (user, organization, commerce, …) are left out; clerk-js fills in its own defaults.
 */
export function environmentJson(engine: MemoryEngine) {
  const { frontendApiUrl } = engine.config;
  const home = typeof location === 'undefined' ? 'http://localhost' : location.origin;
  return {
    auth_config: {
      object: 'auth_config' as const,
      id: 'aac_phone_number_kit_test',
      first_name: 'off' as const,
      last_name: 'off' as const,
      email_address: 'off' as const,
      phone_number: 'on' as const,
      username: 'off' as const,
      password: 'off' as const,
      identification_requirements: [['phone_number']],
      identification_strategies: ['phone_number'],
      first_factors: ['phone_code'],
      second_factors: ['phone_code', 'backup_code'],
      email_address_verification_strategies: [],
      single_session_mode: true,
      enhanced_email_deliverability: false,
      test_mode: true,
      url_based_session_syncing: true,
      claimed_at: null,
      reverification: true,
      native_settings: {
        object: 'native_settings' as const,
        api_enabled: false,
        trusted_device_sign_in_enabled: false,
        trusted_device_enrollment_prompt_after_sign_in_enabled: false,
        trusted_device_enrollment_prompt_after_sign_up_enabled: false,
      },
    },
    display_config: {
      object: 'display_config' as const,
      id: 'display_config_phone_number_kit_test',
      instance_environment_type: 'development' as const,
      application_name: 'phone-number-kit',
      theme: {},
      preferred_sign_in_strategy: 'otp' as const,
      home_url: home,
      sign_in_url: `${home}/sign-in`,
      sign_up_url: `${home}/sign-up`,
      user_profile_url: `${home}/user`,
      waitlist_url: `${home}/waitlist`,
      oauth_consent_url: `${frontendApiUrl}/oauth-consent`,
      after_sign_in_url: home,
      after_sign_up_url: home,
      after_sign_out_one_url: home,
      after_sign_out_all_url: home,
      after_switch_session_url: home,
      after_join_waitlist_url: home,
      organization_profile_url: `${home}/organization`,
      create_organization_url: `${home}/create-organization`,
      after_leave_organization_url: home,
      after_create_organization_url: home,
      logo_link_url: home,
      support_email: null,
      branded: false,
      experimental_force_oauth_first: false,
      clerk_js_version: null,
      show_devmode_warning: false,
      google_one_tap_client_id: null,
      help_url: null,
      privacy_policy_url: null,
      terms_url: null,
      logo_url: null,
      favicon_url: null,
      logo_image: null,
      favicon_image: null,
      captcha_public_key: null,
      captcha_widget_type: null,
      captcha_public_key_invisible: null,
      captcha_provider: null,
      captcha_oauth_bypass: [],
    },
    maintenance_mode: false,
    client_debug_mode: false,
    partitioned_cookies: false,
  };
}
