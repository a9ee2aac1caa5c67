import type { Lang } from '../i18n/locales.ts';
import type { CodeIndex } from '../lib/code-index.ts';
import { catalogItems } from './catalog.ts';
import { providers } from './providers.ts';
import { reasons } from './reasons.ts';
import { digitTexts, replyFacts, replyTexts, statusFacts, statusTexts } from './reference.ts';

const names = (group: Record<string, { name: string } | undefined>) =>
  Object.fromEntries(Object.entries(group).map(([digit, text]) => [digit, text?.name ?? '']));

const cache = new Map<Lang, Promise<CodeIndex>>();

/** The search's code index for one language, from the same content as the pages; built once. */
export function codeIndex(lang: Lang): Promise<CodeIndex> {
  let index = cache.get(lang);
  if (!index) cache.set(lang, (index = build(lang)));
  return index;
}

async function build(lang: Lang): Promise<CodeIndex> {
  const [items, replies, statuses, digits, replyCodes, statusCodes, known, reasonMap] = await Promise.all([
    catalogItems(lang),
    replyTexts(lang),
    statusTexts(lang),
    digitTexts(lang),
    replyFacts(),
    statusFacts(),
    providers(),
    reasons(),
  ]);
  return {
    entries: items.map((i) => ({
      ...(i.code === undefined ? {} : { code: i.code }),
      status: i.status,
      message: i.message,
      aliases: i.aliases,
      vary: i.vary,
      provider: i.provider,
      reason: i.reason,
      actors: i.actors,
      retry: i.retry,
      path: i.path,
      title: i.title,
      fix: i.fix,
      severity: i.severity,
    })),
    reasons: Object.fromEntries([...reasonMap.values()].map((r) => [r.id, { title: r[lang].title, path: r.path }])),
    providers: Object.fromEntries(
      [...known.values()].map((p) => [p.id, { name: p.name, hosts: p.recognise.hosts, tags: p.recognise.tags, path: p.path }]),
    ),
    reply: Object.fromEntries(
      [...replyCodes.keys()].map((code) => [code, { title: replies[code]?.title ?? code, meaning: replies[code]?.meaning ?? '' }]),
    ),
    status: Object.fromEntries(
      [...statusCodes.keys()].map((code) => {
        const text = statuses[code];
        const reason = statusCodes.get(code)?.reason;
        return [
          code,
          { title: text?.title ?? code, temporary: text?.temporary ?? '', permanent: text?.permanent ?? '', ...(reason ? { reason } : {}) },
        ];
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
