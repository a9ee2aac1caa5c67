import type { Lang } from '../i18n/locales.ts';
import { ui } from '../i18n/ui.ts';
import type { Intent } from '../lib/intent.ts';
import { REPLY_FIRST_DIGITS, STATUS_CLASS_DIGITS } from '../lib/reference-paths.ts';
import { replyDigitSlug, replyPath, statusDigitSlug, statusPath } from '../lib/urls.ts';
import { catalogItems } from './catalog.ts';
import { guides } from './guides.ts';
import { reasons } from './reasons.ts';
import { digitTexts, replyTexts, statusFacts, statusTexts } from './reference.ts';

/** Space-separated Japanese keywords are phrases; English ones are words of one phrase. */
const phrases = (keywords: string) => keywords.split(/\s+/).filter(Boolean);

/**
 * The pages typed words can lead to, in one language, with the words that
 * lead there: reasons and guides first, then explainers, codes and messages.
 */
export async function intents(lang: Lang): Promise<Intent[]> {
  const t = ui(lang);
  const [reasonMap, guideList, digits, replies, statuses, facts, items] = await Promise.all([
    reasons(),
    guides(lang),
    digitTexts(lang),
    replyTexts(lang),
    statusTexts(lang),
    statusFacts(),
    catalogItems(lang),
  ]);
  const severity: Record<string, string[]> = { '4': [t.severityTemporary, t.groupTemporary], '5': [t.severityPermanent, t.groupPermanent] };
  return [
    ...[...reasonMap.values()].map((r) => ({
      path: r.path,
      title: r[lang].title,
      titles: [r[lang].title, r[lang].question],
      keywords: phrases(r[lang].keywords),
      prior: 1.3,
    })),
    ...guideList.map((g) => ({ path: g.path, title: g.title, titles: [g.title], keywords: phrases(g.keywords), prior: 1.2, guide: true })),
    ...REPLY_FIRST_DIGITS.map((d) => ({
      path: replyPath(replyDigitSlug(0, d)),
      title: `${replyDigitSlug(0, d)} ${digits['reply-first'][d]?.name ?? ''}`,
      titles: [digits['reply-first'][d]?.name ?? '', ...(severity[d] ?? [])],
      keywords: phrases(digits['reply-first'][d]?.keywords ?? ''),
      prior: 1.1,
    })),
    ...STATUS_CLASS_DIGITS.map((d) => ({
      path: statusPath(statusDigitSlug(0, d)),
      title: `${statusDigitSlug(0, d)} ${digits['status-class'][d]?.name ?? ''}`,
      titles: [digits['status-class'][d]?.name ?? ''],
      keywords: [],
      prior: 1,
    })),
    ...Object.entries(replies).map(([code, text]) => ({
      path: replyPath(code),
      title: `${code} ${text.title}`,
      titles: [text.title],
      keywords: [],
      prior: 0.6,
    })),
    ...[...facts].flatMap(([generic, fact]) =>
      ['5', '4'].map((cls) => {
        const code = generic.replace(/^X/, cls);
        const title = statuses[generic]?.title ?? fact.title;
        // The permanent page stands first; the temporary one only when the query says so.
        return {
          path: statusPath(code),
          title: `${code} ${title}`,
          titles: [title, fact.title],
          keywords: severity[cls] ?? [],
          prior: cls === '5' ? 0.65 : 0.6,
        };
      }),
    ),
    ...items.map((i) => ({ path: i.path, title: i.title, titles: [i.title], keywords: phrases(i.keywords), prior: 0.55 })),
  ];
}
