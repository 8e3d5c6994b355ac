/**
 * The demo's "authenticator app": the 6-digit code an app would show for the user's authenticator secret (the one
 * enrolled, or the one waiting for its first code), computed by the reference backend (RFC 6238), with the seconds
 * until it changes. Beside the SMS outbox, so a person trying the demo can finish enrollment. Part of the stories,
 * not of the kit.
 */
import { useEffect, useState } from 'react';
import type { MemoryBackend } from '../../src/testing/index.ts';
import { useBackendSnapshot } from './backend.tsx';
import { DemoPanel } from './DemoPanel.tsx';

const STEP_SECONDS = 30;

export function AuthenticatorAppDevice({ backend }: { backend: MemoryBackend }) {
  // Re-read when the backend changes (a new secret) and every second (the code turns over every 30 s).
  useBackendSnapshot(backend);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const code = backend.authenticatorCode(now);
  const secondsLeft = STEP_SECONDS - (Math.floor(now / 1000) % STEP_SECONDS);
  return (
    <DemoPanel titleId="authenticator-app-title" title="Authenticator app">
      {code === null ? (
        <p style={{ margin: 0 }}>No account set up yet. Start “Set up authenticator app” to add one.</p>
      ) : (
        <>
          <p style={{ margin: 0 }}>
            Acme code: <strong data-testid="authenticator-code" style={{ fontFamily: 'ui-monospace, monospace', fontSize: 20, letterSpacing: 2 }}>{code}</strong>
          </p>
          <p style={{ margin: '4px 0 0' }}>Changes in {secondsLeft} s</p>
        </>
      )}
    </DemoPanel>
  );
}
