import { ui, type Dictionary } from './ui.ts';
import type { Lang } from './locales.ts';

/** The UI strings browser code renders answers with: only these travel with the header box's code map. */
export const CLIENT_KEYS = [
  'actorSender',
  'actorSenderAdmin',
  'actorRecipient',
  'actorRecipientAdmin',
  'actorSendingServer',
  'answerAboutSender',
  'answerDelayedBy',
  'answerInferred',
  'answerMore',
  'answerNotRetried',
  'answerRecipients',
  'answerRefusedBy',
  'answerRetried',
  'answerRetriedUntil',
  'answerWhoActs',
  'cardMessageNotInCatalog',
  'cardOtherMessages',
  'cardPickMessage',
  'cardUnknownReply',
  'cardUnknownStatus',
  'listSeparator',
  'reasonLabel',
  'retryLabel',
  'unspecified',
  'searchSeeAll',
  'searchSuggestions',
  'searchCount',
  'searchCountOne',
  'searchNone',
  'copyTicket',
  'copyTicketWithAddresses',
  'ticketCopied',
  'ticketMeans',
  'ticketFix',
  'ticketMore',
  'ticketRecipients',
] as const satisfies readonly (keyof Dictionary)[];

export type ClientStrings = Pick<Dictionary, (typeof CLIENT_KEYS)[number]>;

/** `clientStrings('en')`: the strings of `CLIENT_KEYS` in one language. */
export function clientStrings(lang: Lang): ClientStrings {
  const t = ui(lang);
  return Object.fromEntries(CLIENT_KEYS.map((k) => [k, t[k]])) as ClientStrings;
}
