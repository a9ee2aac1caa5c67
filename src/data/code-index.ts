import type { Lang } from '../i18n/locales.ts';
import type { CodeIndex } from '../lib/code-index.ts';
import { catalogItems } from './catalog.ts';
import { digitTexts, replyFacts, replyTexts, statusFacts, statusTexts } from './reference.ts';

const names = (group: Record<string, { name: string } | undefined>) =>
  Object.fromEntries(Object.entries(group).map(([digit, text]) => [digit, text?.name ?? '']));

/** The search page's code index for one language, from the same content as the pages. */
export async function codeIndex(lang: Lang): Promise<CodeIndex> {
  const [items, replies, statuses, digits, replyCodes, statusCodes] = await Promise.all([
    catalogItems(lang),
    replyTexts(lang),
    statusTexts(lang),
    digitTexts(lang),
    replyFacts(),
    statusFacts(),
  ]);
  return {
    entries: items.map((i) => ({
      code: i.code,
      status: i.status,
      message: i.message,
      aliases: i.aliases,
      path: i.path,
      title: i.title,
      fix: i.fix,
      severity: i.severity,
    })),
    reply: Object.fromEntries(
      [...replyCodes.keys()].map((code) => [code, { title: replies[code]?.title ?? code, meaning: replies[code]?.meaning ?? '' }]),
    ),
    status: Object.fromEntries(
      [...statusCodes.keys()].map((code) => {
        const text = statuses[code];
        return [code, { title: text?.title ?? code, temporary: text?.temporary ?? '', permanent: text?.permanent ?? '' }];
      }),
    ),
    digits: {
      replyFirst: names(digits['reply-first']),
      replySecond: names(digits['reply-second']),
      statusClass: names(digits['status-class']),
      statusSubject: names(digits['status-subject']),
    },
  };
}
