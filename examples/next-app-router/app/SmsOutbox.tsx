/** The demo's "SMS outbox": every message the reference backend sent. Part of the example, not of the kit. */
import { useSyncExternalStore } from 'react';
import type { MemoryBackend } from 'phone-number-kit/testing';

export function SmsOutbox({ backend }: { backend: MemoryBackend }) {
  const { outbox } = useSyncExternalStore(backend.subscribe, backend.snapshot, backend.snapshot);
  return (
    <aside className="demo__outbox" aria-labelledby="sms-outbox-title">
      <h2 id="sms-outbox-title">SMS outbox</h2>
      {outbox.length === 0 ? (
        <p>No messages yet.</p>
      ) : (
        <ol aria-label="Messages sent">
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
