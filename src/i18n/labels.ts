import type { Actor, RetryAdvice, Severity } from '../lib/schema.ts';
import type { UiKey } from './ui.ts';

/** UI keys for the values of catalog fields. */
export const ACTOR_LABELS = {
  sender: 'actorSender',
  'sender-admin': 'actorSenderAdmin',
  recipient: 'actorRecipient',
  'recipient-admin': 'actorRecipientAdmin',
} as const satisfies Record<Actor, UiKey>;

export const RETRY_LABELS: Record<RetryAdvice, UiKey> = {
  automatic: 'retryAutomatic',
  wait: 'retryWait',
  'after-fix': 'retryAfterFix',
  no: 'retryNo',
};

export const SEVERITY_LABELS: Record<Severity, UiKey> = {
  temporary: 'severityTemporary',
  permanent: 'severityPermanent',
};
