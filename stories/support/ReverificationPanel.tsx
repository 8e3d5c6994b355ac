/**
 * The demo's "Step-up" panel, beside the SMS outbox: a switch that makes the reference backend require
 * reverification for sensitive writes, the demo password, and the email outbox where email codes land. Part of the
 * stories, not of the kit.
 */
import type { MemoryBackend } from '../../src/testing/index.ts';
import { useBackendSnapshot } from './backend.tsx';
import { DemoPanel } from './DemoPanel.tsx';

/** The password the reference backend checks (its `password` option's default). */
export const DEMO_PASSWORD = 'demo-password';

export function ReverificationPanel({ backend }: { backend: MemoryBackend }) {
  const { reverificationRequired, emails } = useBackendSnapshot(backend);
  return (
    <DemoPanel titleId="step-up-title" title="Step-up">
      <label style={{ display: 'flex', gap: 8, alignItems: 'center', minHeight: 24 }}>
        <input type="checkbox" checked={reverificationRequired} onChange={(event) => backend.requireReverification(event.target.checked)} />
        Require reverification
      </label>
      <p style={{ margin: '8px 0' }}>
        Demo password: <code>{DEMO_PASSWORD}</code>
      </p>
      <h3 id="email-outbox-title" style={{ fontSize: 14, margin: '8px 0 4px' }}>
        Email outbox
      </h3>
      {emails.length === 0 ? (
        <p style={{ margin: 0 }}>No emails yet.</p>
      ) : (
        <ol aria-labelledby="email-outbox-title" style={{ margin: 0, paddingInlineStart: 20 }}>
          {[...emails].reverse().map((email) => (
            <li key={`${email.sentAt}-${email.code}`}>
              <strong>{email.emailAddress}</strong>: {email.text}
            </li>
          ))}
        </ol>
      )}
    </DemoPanel>
  );
}
