'use client';
import { useState } from 'react';

/** What the step's state says at one render; announcements come from how it changed since the last one. */
export interface AnnouncementFacts {
  sending: boolean;
  sendFailed: boolean;
  coolingDown: boolean;
  verified: boolean;
}

export interface AnnouncementTexts {
  codeSent: string;
  cooldownEnded: string;
  verified: string;
}

/**
 * The live region's message: "code sent" when a send finishes well, "you can ask for a new code" when the
 * cooldown ends, "verified" at the end. Derived from state transitions during render (React's pattern for
 * "adjusting state when a prop changes"), so a send started anywhere (mount, another component) is announced.
 */
export function useAnnouncement(facts: AnnouncementFacts, texts: AnnouncementTexts): string {
  const [previous, setPrevious] = useState(facts);
  const [message, setMessage] = useState('');
  const changed =
    previous.sending !== facts.sending || previous.coolingDown !== facts.coolingDown || previous.verified !== facts.verified;
  if (changed) {
    setPrevious(facts);
    if (facts.verified && !previous.verified) setMessage(texts.verified);
    else if (previous.sending && !facts.sending && !facts.sendFailed) setMessage(texts.codeSent);
    else if (previous.coolingDown && !facts.coolingDown && !facts.verified) setMessage(texts.cooldownEnded);
  }
  return message;
}
