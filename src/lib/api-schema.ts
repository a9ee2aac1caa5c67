import { z } from 'astro/zod';
import { FAILURE_STATUS_CODE, REPLY_CODE, SLUG } from './code-formats.ts';
import { REASONS, SEVERITIES, SOURCE_KINDS } from './schema.ts';

/**
 * The shape of `/api/codes.json`, defined once: it types the payload the
 * build writes, and `/api/codes.schema.json` is generated from it.
 */

const localized = z.strictObject({ ja: z.string().min(1), en: z.string().min(1) });

const urls = z
  .strictObject({ ja: z.url(), en: z.url(), neutral: z.url() })
  .describe('Absolute URLs: one per language, and the language-neutral one that opens in the reader’s language.');

const catalogEntry = z.strictObject({
  code: z
    .number()
    .int()
    .min(400)
    .max(599)
    .optional()
    .describe('The remote server’s reply code; absent for a sending server’s own message.'),
  status: z.string().regex(FAILURE_STATUS_CODE),
  privateStatus: z.boolean().describe('True when the mail system uses a status code the IANA registry does not define.'),
  severity: z.enum(SEVERITIES),
  message: z.string().min(1).describe('The server’s text, exactly as published.'),
  vary: z.array(z.string()).describe('Parts of the message that change from bounce to bounce.'),
  aliases: z.array(z.string()),
  variant: z.string().regex(SLUG),
  provider: z.string().regex(SLUG).describe('Id of the mail system (see providers).'),
  system: z.string(),
  reason: z.enum(REASONS),
  source: z.url().describe('Where this exact message is published.'),
  sourceKind: z.enum(SOURCE_KINDS),
  checked: z.iso.date(),
  title: localized,
  summary: localized,
  fix: localized,
  url: urls,
});

export const codesJsonSchema = z.strictObject({
  version: z.literal(2),
  site: z.url().describe('The site root, with its base path.'),
  catalog: z.array(catalogEntry).describe('Every error message of the catalog.'),
  pairs: z
    .array(z.strictObject({ code: z.number().int().optional(), status: z.string(), variants: z.array(z.string()), url: urls }))
    .describe('Every reply code + status code pair of the catalog, and its page.'),
  providers: z
    .array(z.strictObject({ id: z.string().regex(SLUG), name: z.string(), kind: z.string(), url: urls }))
    .describe('Every mail system with its page.'),
  reasons: z.array(z.strictObject({ id: z.enum(REASONS), title: localized, url: urls })).describe('Every cause of bounces with its page.'),
  replyCodes: z.array(z.strictObject({ code: z.string().regex(REPLY_CODE), title: localized, rfc: z.array(z.string()), url: urls })),
  statusCodes: z
    .array(
      z.strictObject({
        code: z.string().regex(FAILURE_STATUS_CODE),
        registryTitle: z.string(),
        title: localized,
        rfc: z.string(),
        url: urls,
      }),
    )
    .describe('Every code of the IANA registry, in both failure classes.'),
  digits: z
    .array(z.strictObject({ pattern: z.string(), name: localized, url: urls }))
    .describe('The digit explainers, e.g. 5xx, x5x, 5.x.x, x.7.x.'),
});

export type CodesJson = z.output<typeof codesJsonSchema>;

/** JSON Schema (draft 2020-12) of `/api/codes.json`. */
export function codesJsonSchemaDocument() {
  return { ...z.toJSONSchema(codesJsonSchema, { target: 'draft-2020-12' }), title: 'SMTP Error Guide: codes and pages' };
}
