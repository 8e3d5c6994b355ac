/**
 * The support components' test harness: the real support adapter over the stand-in handler
 * (fakeSupportServer.ts), a fresh QueryClient and the provider, optionally in a language of the kit.
 */
import type { ReactNode } from 'react';
import { QueryClient } from '@tanstack/react-query';
import { createSupportAdapter } from '../../src/adapters/support/createSupportAdapter.ts';
import { SupportKitProvider } from '../../src/hooks/support/SupportKitProvider.tsx';
import { PhoneNumberKitLocalization } from '../../src/i18n/index.ts';
import type { Messages } from '../../src/i18n/types.ts';
import { createFakeSupportServer, type FakeSupportServerOptions } from './fakeSupportServer.ts';

export function createSupportHarness(options: FakeSupportServerOptions = {}, localization?: { locale: string; messages: Messages }) {
  const server = createFakeSupportServer(options);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const adapter = createSupportAdapter({ fetch: server.fetch });
  function wrapper({ children }: { children: ReactNode }) {
    const tree = (
      <SupportKitProvider adapter={adapter} queryClient={queryClient}>
        {children}
      </SupportKitProvider>
    );
    return localization ? (
      <PhoneNumberKitLocalization locale={localization.locale} messages={localization.messages}>
        {tree}
      </PhoneNumberKitLocalization>
    ) : (
      tree
    );
  }
  return { server, queryClient, wrapper, dispose: () => queryClient.clear() };
}
