/** The demo's "SMS outbox": every message the reference backend sent. Part of the stories, not of the kit. */
import type { MemoryBackend } from '../../src/testing/index.ts';
import { useBackendSnapshot } from './backend.tsx';
import { DemoPanel } from './DemoPanel.tsx';

export function SmsOutbox({ backend }: { backend: MemoryBackend }) {
  const { outbox } = useBackendSnapshot(backend);
  return (
    <DemoPanel titleId="sms-outbox-title" title="SMS outbox">
      {outbox.length === 0 ? (
        <p style={{ margin: 0 }}>No messages yet.</p>
      ) : (
        <ol aria-label="Messages sent" style={{ margin: 0, paddingInlineStart: 20 }}>
          {[...outbox].reverse().map((message) => (
            <li key={`${message.phoneNumberId}-${message.sentAt}-${message.code}`}>
              <strong>{message.phoneNumber}</strong>: {message.text}
            </li>
          ))}
        </ol>
      )}
    </DemoPanel>
  );
}
