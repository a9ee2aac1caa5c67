import type { APIRoute } from 'astro';
import { codesJsonSchemaDocument } from '../../lib/api-schema.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(codesJsonSchemaDocument(), null, 1), { headers: { 'Content-Type': 'application/schema+json' } });
