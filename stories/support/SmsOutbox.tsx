/** The demo's "SMS outbox": every message the reference backend sent. Part of the stories, not of the kit. */
import type { MemoryBackend } from '../../src/testing/index.ts';
import { useBackendSnapshot } from './backend.tsx';

export function SmsOutbox({ backend }: { backend: MemoryBackend }) {
  const { outbox } = useBackendSnapshot(backend);
  return (
    <aside aria-labelledby="sms-outbox-title" style={{ border: '1px dashed #888', borderRadius: 8, padding: 12, minWidth: 'min(260px, 100%)', fontSize: 14, fontFamily: 'system-ui, sans-serif' }}>
      <h2 id="sms-outbox-title" style={{ fontSize: 16, margin: '0 0 8px' }}>
        SMS outbox
      </h2>
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
    </aside>
  );
}
