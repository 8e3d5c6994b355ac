/**
 * A support agent's page: find the caller's account by number, verify the caller by SMS code, then fix their
 * numbers or reset their two-step verification. Everything goes through `/api/phone-number-admin` on this page's own
 * server (server.mjs), which holds the secret key; the browser never sees it.
 */
import { useState } from 'react';
import {
  createSupportAdapter,
  SupportKitProvider,
  SupportPhoneNumbers,
  SupportResetTwoStep,
  SupportUserLookup,
  SupportVerifyCaller,
} from 'phone-number-kit/support';
import { SmsOutbox } from './SmsOutbox.tsx';

const adapter = createSupportAdapter({ baseUrl: '/api/phone-number-admin' });

export function App() {
  const [userId, setUserId] = useState<string | null>(null);
  return (
    <div className="demo">
      <main className="demo__page">
        <header className="demo__header">
          <h1>Support console</h1>
          <p>Demo sign-in (a cookie; your app uses its own staff session):</p>
          <div className="demo__signin">
            <form method="post" action="/demo/sign-in?as=lead">
              <button type="submit">Sign in as support lead</button>
            </form>
            <form method="post" action="/demo/sign-in?as=agent">
              <button type="submit">Sign in as agent (look up and verify only)</button>
            </form>
            <form method="post" action="/demo/sign-out">
              <button type="submit">Sign out</button>
            </form>
          </div>
        </header>
        <SupportKitProvider adapter={adapter}>
          <SupportUserLookup onSelect={(user) => setUserId(user.id)} selectedUserId={userId} />
          <SupportVerifyCaller userId={userId} />
          <SupportPhoneNumbers userId={userId} />
          <SupportResetTwoStep userId={userId} />
        </SupportKitProvider>
      </main>
      <SmsOutbox />
    </div>
  );
}
