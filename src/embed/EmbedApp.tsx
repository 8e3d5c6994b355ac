'use client';
import { useMemo } from 'react';
import { createClerkFrontendApiAdapter } from '../adapters/clerk-frontend-api/createClerkFrontendApiAdapter.ts';
import type { PhoneNumberAdapter } from '../adapters/types.ts';
import { PhoneNumbersSection, SmsTwoFactorSection } from '../components/index.ts';
import { PhoneNumberKitProvider } from '../hooks/index.ts';
import { PhoneNumberKitLocalization } from '../i18n/index.ts';
import type { EmbedOptions } from './types.ts';

/** The adapter the options ask for: the given one, else a Frontend API adapter, rebuilt only when its inputs change. */
function useEmbedAdapter({ adapter, frontendApiUrl, sessionId }: EmbedOptions): PhoneNumberAdapter {
  return useMemo(() => {
    if (adapter) return adapter;
    if (!frontendApiUrl) throw new TypeError('phone-number-kit/embed: pass `adapter` or `frontendApiUrl`.');
    return createClerkFrontendApiAdapter({ frontendApiUrl, sessionId });
  }, [adapter, frontendApiUrl, sessionId]);
}

/** Everything `mount()` renders: provider, localization and the chosen section(s). */
export function EmbedApp({ options }: { options: EmbedOptions }) {
  const adapter = useEmbedAdapter(options);
  const { section, defaultCountry, headingLevel, appearance } = options;
  const showPhoneNumbers = section === 'phone-numbers' || section === 'account-settings';
  const showTwoFactor = section === 'sms-two-factor' || section === 'account-settings';
  return (
    <PhoneNumberKitProvider
      adapter={adapter}
      onNeedsReverification={options.onNeedsReverification}
      onError={options.onError}
      onSuccess={options.onSuccess}
    >
      <PhoneNumberKitLocalization messages={options.messages} localization={options.localization} locale={options.locale}>
        <div className="pnk-embed" data-section={section}>
          {showPhoneNumbers && (
            <PhoneNumbersSection
              defaultCountry={defaultCountry}
              primaryPhoneNumberId={options.primaryPhoneNumberId}
              headingLevel={headingLevel}
              appearance={appearance}
            />
          )}
          {showTwoFactor && (
            <SmsTwoFactorSection
              defaultCountry={defaultCountry}
              applicationName={options.applicationName}
              accountIdentifier={options.accountIdentifier}
              headingLevel={headingLevel}
              appearance={appearance}
            />
          )}
        </div>
      </PhoneNumberKitLocalization>
    </PhoneNumberKitProvider>
  );
}
