import { getCollection, getEntry } from 'astro:content';
import type { Lang } from '../i18n/locales.ts';
import type { DigitsFile, ReplyFact, ReplyText, StatusFact, StatusText } from '../lib/schema.ts';

/** Reference data (every reply code, every enhanced status code, every digit), per language. */

export async function replyTexts(lang: Lang): Promise<Record<string, ReplyText>> {
  const entry = await getEntry('replyText', `${lang}/reply-codes`);
  if (!entry) throw new Error(`content/reference/${lang}/reply-codes.yaml is missing`);
  return entry.data;
}

export async function statusTexts(lang: Lang): Promise<Record<string, StatusText>> {
  const parts = await getCollection('statusText', (e) => e.id.startsWith(`${lang}/`));
  return Object.assign({}, ...parts.map((p) => p.data));
}

export async function digitTexts(lang: Lang): Promise<DigitsFile> {
  const entry = await getEntry('digitText', `${lang}/digits`);
  if (!entry) throw new Error(`content/reference/${lang}/digits.yaml is missing`);
  return entry.data;
}

export async function replyFacts(): Promise<Map<string, ReplyFact>> {
  const entries = await getCollection('replyFacts');
  return new Map(entries.sort((a, b) => Number(a.id) - Number(b.id)).map((e) => [e.id, e.data]));
}

export async function statusFacts(): Promise<Map<string, StatusFact>> {
  const entries = await getCollection('statusFacts');
  return new Map(entries.map((e) => [e.id, e.data]));
}
