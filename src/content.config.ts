import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { redirectsSchema } from './lib/redirects.ts';
import {
  catalogEntrySchema,
  digitsFileSchema,
  guideSchema,
  providerSchema,
  reasonSchema,
  replyFactSchema,
  replyFileSchema,
  statusFactSchema,
  statusFileSchema,
} from './lib/schema.ts';

/** Ids keep their dots (`en/550-5.7.1-spf-check-failed`): the default id would drop them. */
const pathId = ({ entry }: { entry: string }) => entry.replace(/\.(mdx|yaml)$/, '');

const catalog = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/catalog', generateId: pathId }),
  schema: catalogEntrySchema,
});

const replyFacts = defineCollection({
  loader: file('./content/reference/reply-codes.yaml'),
  schema: replyFactSchema,
});

const statusFacts = defineCollection({
  loader: file('./content/reference/status-codes.yaml'),
  schema: statusFactSchema,
});

const replyText = defineCollection({
  loader: glob({ pattern: '*/reply-codes.yaml', base: './content/reference', generateId: pathId }),
  schema: replyFileSchema,
});

const statusText = defineCollection({
  loader: glob({ pattern: '*/status/*.yaml', base: './content/reference', generateId: pathId }),
  schema: statusFileSchema,
});

const digitText = defineCollection({
  loader: glob({ pattern: '*/digits.yaml', base: './content/reference', generateId: pathId }),
  schema: digitsFileSchema,
});

const redirects = defineCollection({
  loader: file('./content/redirects.yaml', {
    parser: (text) => (parse(text) as { from: string }[]).map((r) => ({ id: r.from, ...r })),
  }),
  schema: redirectsSchema.element.extend({ id: redirectsSchema.element.shape.from }),
});

const providers = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/providers', generateId: pathId }),
  schema: providerSchema,
});

const reasons = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/reasons', generateId: pathId }),
  schema: reasonSchema,
});

const guides = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/guides', generateId: pathId }),
  schema: guideSchema,
});

export const collections = { catalog, replyFacts, statusFacts, replyText, statusText, digitText, redirects, providers, reasons, guides };
