/**
 * The page the SSR tests render on the server (in a Worker) and hydrate in the document: the account-settings page
 * (both sections under one provider) on the reference backend's direct adapter. Server and client build it from
 * the same seed, so the only thing that may differ between them is what the kit renders.
 */
import type { ReactNode } from 'react';
import { QueryClientProvider, dehydrate, hydrate, type DehydratedState, type QueryClient } from '@tanstack/react-query';
import type { PhoneNumberAdapter } from '../../src/adapters/types.ts';
import { PhoneNumbersSection, SmsTwoFactorSection } from '../../src/components/index.ts';
import { LazyVerifyPhoneNumber } from '../../src/components/common/lazySteps.ts';
import { PhoneNumberKitProvider } from '../../src/hooks/index.ts';
import { phoneNumberKeys } from '../../src/core/queryKeys.ts';
import { createMemoryBackend, type MemoryBackend } from '../../src/testing/index.ts';

const PRIMARY_ID = 'idn_primary';
const UNVERIFIED_ID = 'idn_work';

/** A fixed clock: the backend's timestamps are part of the seeded data, and must be the same on both sides. */
const SEEDED_AT = Date.UTC(2026, 0, 15, 9, 30);

export function seededBackend(): MemoryBackend {
  return createMemoryBackend({
    code: '424242',
    now: () => SEEDED_AT,
    phoneNumbers: [
      { id: PRIMARY_ID, phoneNumber: '+12015550100', verified: true },
      { id: UNVERIFIED_ID, phoneNumber: '+447400123456', verified: false },
    ],
  });
}

/**
 * What the server hands the page: with `seeded`, the list is fetched on the server and travels in the HTML's
 * data (TanStack Query's dehydrate/hydrate, as JSON), so the markup shows the numbers; with `loading`, the server
 * renders the loading state and the client fetches after hydration.
 */
export type InitialData = 'seeded' | 'loading';

/** What the page shows besides the two sections: `code-step` adds a lazily loaded code step for the unverified number. */
export type PageVariant = 'account' | 'code-step';

export async function prefetchList(queryClient: QueryClient, adapter: PhoneNumberAdapter): Promise<void> {
  // The kit's default scope; the key is the one usePhoneNumbers reads.
  await queryClient.prefetchQuery({ queryKey: phoneNumberKeys.list('default'), queryFn: () => adapter.listPhoneNumbers() });
}

export function toTransport(queryClient: QueryClient): string {
  return JSON.stringify(dehydrate(queryClient));
}

export function fromTransport(queryClient: QueryClient, transported: string): void {
  hydrate(queryClient, JSON.parse(transported) as DehydratedState);
}

export function AccountSettingsPage(props: { adapter: PhoneNumberAdapter; queryClient: QueryClient; variant: PageVariant }): ReactNode {
  return (
    <QueryClientProvider client={props.queryClient}>
      <PhoneNumberKitProvider adapter={props.adapter}>
        <main>
          <h1>Account settings</h1>
          <PhoneNumbersSection primaryPhoneNumberId={PRIMARY_ID} defaultCountry="US" />
          <SmsTwoFactorSection defaultCountry="US" applicationName="Acme" accountIdentifier="ada@example.com" />
          {props.variant === 'code-step' && <LazyVerifyPhoneNumber phoneNumberId={UNVERIFIED_ID} sendOnMount={false} />}
        </main>
      </PhoneNumberKitProvider>
    </QueryClientProvider>
  );
}
