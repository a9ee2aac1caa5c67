/**
 * How each kind of code is written, defined once: the content schemas, the
 * JSON Schema of `/api/codes.json` and the tests use these patterns.
 */

/** An enhanced status code as servers write it: `5.1.1`, `4.7.500` (RFC 3463: 1–3 digits per part). */
export const STATUS_CODE = /^[245]\.\d{1,3}\.\d{1,3}$/;
/** An enhanced status code of a failure: class 4 or 5. */
export const FAILURE_STATUS_CODE = /^[45]\.\d{1,3}\.\d{1,3}$/;
/** A registry entry, class-free: `X.1.1`. */
export const GENERIC_STATUS_CODE = /^X\.\d\.\d{1,2}$/;
/** A reply code (RFC 5321): `550`. */
export const REPLY_CODE = /^[2-5]\d\d$/;
/** A catalog page slug: lower-case English words joined by hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
