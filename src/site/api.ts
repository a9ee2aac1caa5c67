import { LANGS, type Lang } from '../i18n/locales.ts';
import {
  REPLY_FIRST_DIGITS,
  REPLY_SECOND_DIGITS,
  STATUS_CLASS_DIGITS,
  STATUS_SUBJECT_DIGITS,
  statusPages,
} from '../lib/reference-paths.ts';
import { absoluteUrl, localePath, replyDigitSlug, replyPath, statusDigitSlug, statusPath } from '../lib/urls.ts';
import type { CodesJson } from '../lib/api-schema.ts';
import type { Reason } from '../lib/schema.ts';
import { catalogPairs } from './catalog.ts';
import { providers } from './providers.ts';
import { reasons } from './reasons.ts';
import { digitTexts, replyFacts, replyTexts, statusFacts, statusTexts } from './reference.ts';

type Localized = Record<Lang, string>;

/** `/api/codes.json`: the catalog and reference data in both languages, with every page's URLs. */
export async function codesJson(site: URL | string, base: string): Promise<CodesJson> {
  const urls = (path: string) => ({
    ja: absoluteUrl(site, base, localePath('ja', path)),
    en: absoluteUrl(site, base, localePath('en', path)),
    neutral: absoluteUrl(site, base, `/${path}`),
  });
  const both = async <T>(load: (lang: Lang) => Promise<T>) => {
    const [ja, en] = await Promise.all(LANGS.map(load));
    return { ja: ja as T, en: en as T };
  };
  const pairs = await both(catalogPairs);
  const replies = await both(replyTexts);
  const statuses = await both(statusTexts);
  const digits = await both(digitTexts);
  const localized = (pick: (lang: Lang) => string | undefined): Localized => ({ ja: pick('ja') ?? '', en: pick('en') ?? '' });

  const jaItems = new Map(pairs.ja.flatMap((p) => p.entries).map((e) => [e.path, e]));
  const digitRows = [
    ...REPLY_FIRST_DIGITS.map((d) => ({
      slug: replyDigitSlug(0, d),
      path: replyPath(replyDigitSlug(0, d)),
      name: (l: Lang) => digits[l]['reply-first'][d]?.name,
    })),
    ...REPLY_SECOND_DIGITS.map((d) => ({
      slug: replyDigitSlug(1, d),
      path: replyPath(replyDigitSlug(1, d)),
      name: (l: Lang) => digits[l]['reply-second'][d]?.name,
    })),
    ...STATUS_CLASS_DIGITS.map((d) => ({
      slug: statusDigitSlug(0, d),
      path: statusPath(statusDigitSlug(0, d)),
      name: (l: Lang) => digits[l]['status-class'][d]?.name,
    })),
    ...STATUS_SUBJECT_DIGITS.map((d) => ({
      slug: statusDigitSlug(1, d),
      path: statusPath(statusDigitSlug(1, d)),
      name: (l: Lang) => digits[l]['status-subject'][d]?.name,
    })),
  ];
  const statusFactMap = await statusFacts();

  return {
    version: 2,
    site: absoluteUrl(site, base, '/'),
    catalog: pairs.en.flatMap((p) =>
      p.entries.map((e) => {
        const ja = jaItems.get(e.path);
        return {
          ...(e.code === undefined ? {} : { code: e.code }),
          status: e.status,
          privateStatus: e.privateStatus,
          severity: e.severity,
          message: e.message,
          vary: e.vary,
          aliases: e.aliases,
          variant: e.variant,
          provider: e.provider,
          system: e.system,
          reason: e.reason,
          source: e.source,
          sourceKind: e.sourceKind,
          checked: e.checked,
          title: { ja: ja?.title ?? '', en: e.title },
          summary: { ja: ja?.summary ?? '', en: e.summary },
          fix: { ja: ja?.fix ?? '', en: e.fix },
          url: urls(e.path),
        };
      }),
    ),
    pairs: pairs.en.map((p) => ({
      ...(p.code === undefined ? {} : { code: p.code }),
      status: p.status,
      variants: p.entries.map((e) => e.variant),
      url: urls(p.path),
    })),
    providers: [...(await providers()).values()].map((p) => ({ id: p.id, name: p.name, kind: p.kind, url: urls(p.path) })),
    reasons: [...(await reasons()).values()].map((r) => ({
      id: r.id as Reason,
      title: { ja: r.ja.title, en: r.en.title },
      url: urls(r.path),
    })),
    replyCodes: [...(await replyFacts()).entries()].map(([code, fact]) => ({
      code,
      title: localized((l) => replies[l][code]?.title),
      rfc: fact.rfc,
      url: urls(replyPath(code)),
    })),
    statusCodes: statusPages([...statusFactMap.keys()]).flatMap(({ page }) =>
      page.kind === 'code'
        ? [
            {
              code: page.code,
              registryTitle: statusFactMap.get(page.generic)?.title ?? '',
              title: localized((l) => statuses[l][page.generic]?.title),
              rfc: statusFactMap.get(page.generic)?.rfc ?? '',
              url: urls(statusPath(page.code)),
            },
          ]
        : [],
    ),
    digits: digitRows.map((d) => ({ pattern: d.slug, name: localized(d.name), url: urls(d.path) })),
  };
}
