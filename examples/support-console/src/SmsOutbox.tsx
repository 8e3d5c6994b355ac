/**
 * The demo's "SMS outbox": what the reference backend texted, standing in for the caller's phone. It asks the demo
 * server every second; part of the example, not of the kit (a real console never sees the codes).
 */
import { useEffect, useState } from 'react';

interface Message {
  phoneNumber: string;
  code: string;
  sentAt: number;
}

export function SmsOutbox() {
  const [messages, setMessages] = useState<Message[]>([]);
  useEffect(() => {
    let stopped = false;
    const read = () =>
      fetch('/demo/outbox', { cache: 'no-store' })
        .then((response) => response.json() as Promise<Message[]>)
        .then((next) => {
          if (!stopped) setMessages(next);
        })
        .catch(() => {});
    void read();
    const timer = setInterval(read, 1000); // a demo's refresh, not a wait in a test
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, []);
  return (
    <aside className="demo__outbox" aria-labelledby="sms-outbox-title">
      <h2 id="sms-outbox-title">SMS outbox (the caller's phone)</h2>
      {messages.length === 0 ? (
        <p>No messages yet.</p>
      ) : (
        <ol aria-label="Messages sent">
          {[...messages].reverse().map((message) => (
            <li key={`${message.phoneNumber}-${message.sentAt}`}>
              <strong>{message.phoneNumber}</strong>: your code is {message.code}
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
