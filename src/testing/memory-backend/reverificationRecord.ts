/** What the reference backend keeps of a session re-verification, apart from its rules (so `state.ts` needs no rule). */
import type { ReverificationLevel, SessionVerification } from '../../model/reverification.ts';

/** A code sent for re-verification and not used yet. */
interface PendingCode {
  strategy: 'email_code' | 'phone_code';
  code: string;
  expireAt: number;
  attempts: number;
}

/** The re-verification in progress, kept in the backend's state. */
export interface ReverificationRecord {
  level: ReverificationLevel;
  status: SessionVerification['status'];
  pending: PendingCode | null;
}

/** One email the backend "sent", shown in the demo beside the SMS outbox. */
export interface EmailMessage {
  readonly emailAddress: string;
  readonly code: string;
  readonly sentAt: number;
  readonly text: string;
}
