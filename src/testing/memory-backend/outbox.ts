/** The SMS outbox: every code the backend "sent", for tests to read back instead of a phone. */

/** One SMS the backend sent. */
export interface SmsMessage {
  /** The number's id (`idn_…`). */
  readonly phoneNumberId: string;
  /** Where it went, E.164. */
  readonly phoneNumber: string;
  /** The one-time code it carried. */
  readonly code: string;
  /** When it was sent (Unix ms, from the backend's clock). */
  readonly sentAt: number;
  /** The text a phone would show. */
  readonly text: string;
}

/** The sent messages, oldest first, as a read-only array with a few lookups. It is live: it grows as codes are sent. */
export interface SmsOutbox extends ReadonlyArray<SmsMessage> {
  /** The newest message, if any. */
  last(): SmsMessage | undefined;
  /** Messages sent to a number, given as E.164 or as its id. */
  messagesFor(phoneNumberOrId: string): SmsMessage[];
  /** The code of the newest message sent to a number (E.164 or id). */
  lastCodeFor(phoneNumberOrId: string): string | undefined;
}

/** The outbox and the only handle that can write to it, which stays inside the backend. */
export interface OutboxHandle {
  readonly outbox: SmsOutbox;
  push(message: Omit<SmsMessage, 'text'>): SmsMessage;
  clear(): void;
}

/** Creates an outbox. Its helpers are non-enumerable, so `expect(outbox).toEqual([...])` compares messages only. */
export function createOutbox(): OutboxHandle {
  const messages: SmsMessage[] = [];
  const messagesFor = (key: string) => messages.filter((m) => m.phoneNumber === key || m.phoneNumberId === key);
  const helpers: PropertyDescriptorMap = {
    last: { value: () => messages.at(-1) },
    messagesFor: { value: messagesFor },
    lastCodeFor: { value: (key: string) => messagesFor(key).at(-1)?.code },
  };
  const outbox = Object.defineProperties(messages, helpers) as unknown as SmsOutbox;
  return {
    outbox,
    push(message) {
      const sms: SmsMessage = Object.freeze({ ...message, text: `${message.code} is your verification code.` });
      messages.push(sms);
      return sms;
    },
    clear() {
      messages.length = 0;
    },
  };
}
