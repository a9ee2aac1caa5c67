import { replyDigitSlug, statusDigitSlug } from './urls.ts';

/** Digit values that have an explainer page. */
export const REPLY_FIRST_DIGITS = ['2', '3', '4', '5'] as const;
export const REPLY_SECOND_DIGITS = ['0', '1', '2', '3', '4', '5'] as const;
export const STATUS_CLASS_DIGITS = ['2', '4', '5'] as const;
export const STATUS_SUBJECT_DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7'] as const;
/** Status code pages exist for both failure classes. */
export const FAILURE_CLASSES = ['4', '5'] as const;

export type ReplyPage = { kind: 'code'; code: string } | { kind: 'first'; digit: string } | { kind: 'second'; digit: string };

export type StatusPage =
  { kind: 'code'; code: string; generic: string } | { kind: 'class'; digit: string } | { kind: 'subject'; digit: string };

/** Every page under `reply/`: one per reply code, one per digit value. */
export function replyPages(codes: readonly string[]): { slug: string; page: ReplyPage }[] {
  return [
    ...codes.map((code) => ({ slug: code, page: { kind: 'code', code } as const })),
    ...REPLY_FIRST_DIGITS.map((digit) => ({ slug: replyDigitSlug(0, digit), page: { kind: 'first', digit } as const })),
    ...REPLY_SECOND_DIGITS.map((digit) => ({ slug: replyDigitSlug(1, digit), page: { kind: 'second', digit } as const })),
  ];
}

/**
 * Every page under `status/`: each registry code (`X.7.1`) in both failure
 * classes (`4.7.1`, `5.7.1`), and one per digit value.
 */
export function statusPages(genericCodes: readonly string[]): { slug: string; page: StatusPage }[] {
  return [
    ...genericCodes.flatMap((generic) =>
      FAILURE_CLASSES.map((cls) => {
        const code = generic.replace(/^X/, cls);
        return { slug: code, page: { kind: 'code', code, generic } as const };
      }),
    ),
    ...STATUS_CLASS_DIGITS.map((digit) => ({ slug: statusDigitSlug(0, digit), page: { kind: 'class', digit } as const })),
    ...STATUS_SUBJECT_DIGITS.map((digit) => ({ slug: statusDigitSlug(1, digit), page: { kind: 'subject', digit } as const })),
  ];
}
