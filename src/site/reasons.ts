import { getCollection } from 'astro:content';
import type { ReasonData } from '../lib/schema.ts';
import { reasonPath } from '../lib/urls.ts';

/** A cause of bounces with where its page lives. */
export type ReasonItem = ReasonData & { id: string; path: string };

let cache: Promise<Map<string, ReasonItem>> | undefined;

/** Every reason of `content/reasons/`, by id, in their `order`. */
export function reasons(): Promise<Map<string, ReasonItem>> {
  cache ??= getCollection('reasons').then(
    (entries) =>
      new Map(
        entries
          .map((e) => ({ ...e.data, id: e.id, path: reasonPath(e.id) }))
          .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
          .map((r) => [r.id, r]),
      ),
  );
  return cache;
}
