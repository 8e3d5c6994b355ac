'use client';
/**
 * The app's client provider file: the QueryClient and the kit's provider, made once per browser tab.
 * The adapter here is the reference backend's direct adapter (every SMS code is 424242), shown beside the page with
 * its SMS outbox; a real app passes createClerkFrontendApiAdapter(…) instead and drops the outbox.
 */
import { useState, type ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { PhoneNumberKitProvider } from 'phone-number-kit';
import { createMemoryBackend } from 'phone-number-kit/testing';
import { PRIMARY_ID } from './demo';
import { SmsOutbox } from './SmsOutbox';

export function Providers({ children }: { children: ReactNode }) {
  const [backend] = useState(() =>
    createMemoryBackend({ code: '424242', phoneNumbers: [{ id: PRIMARY_ID, phoneNumber: '+12015550100', verified: true, primary: true }] }),
  );
  const [queryClient] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <PhoneNumberKitProvider adapter={backend.adapter}>
        <div className="demo">
          {children}
          <SmsOutbox backend={backend} />
        </div>
      </PhoneNumberKitProvider>
    </QueryClientProvider>
  );
}
