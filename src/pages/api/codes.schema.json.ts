import type { APIRoute } from 'astro';
import { codesJsonSchema } from '../../lib/api-schema.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(codesJsonSchema, null, 1), { headers: { 'Content-Type': 'application/schema+json' } });
