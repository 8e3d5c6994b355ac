/**
 * A client-rendered account-settings page: both sections of the kit on the reference backend's direct adapter
 * (every SMS code is 424242), beside the SMS outbox, where a person reads the code a phone would have received.
 */
import { useState } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { PhoneNumberKitProvider, PhoneNumbersSection, SmsTwoFactorSection } from 'phone-number-kit';
import { createMemoryBackend } from 'phone-number-kit/testing';
import { SmsOutbox } from './SmsOutbox.tsx';

const PRIMARY_ID = 'idn_primary';

export function App() {
  // One backend and one cache per page load; in a real app the adapter is createClerkFrontendApiAdapter(…).
  const [backend] = useState(() =>
    createMemoryBackend({ code: '424242', phoneNumbers: [{ id: PRIMARY_ID, phoneNumber: '+12015550100', verified: true, primary: true }] }),
  );
  const [queryClient] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <PhoneNumberKitProvider adapter={backend.adapter}>
        <div className="demo">
          <main className="demo__page">
            <h1>Account settings</h1>
            <PhoneNumbersSection primaryPhoneNumberId={PRIMARY_ID} defaultCountry="US" />
            <SmsTwoFactorSection defaultCountry="US" applicationName="Acme" accountIdentifier="ada@example.com" />
          </main>
          <SmsOutbox backend={backend} />
        </div>
      </PhoneNumberKitProvider>
    </QueryClientProvider>
  );
}
