import type { APIRoute } from 'astro';
import { frontmatterSchema } from '../../publishing/api/open-data-schemas.ts';

/** The JSON Schema (2020-12) of a practice's frontmatter, from the zod schema the check uses. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(frontmatterSchema(), null, 1), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
