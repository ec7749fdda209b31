import type { APIRoute } from 'astro';
import { openApiDocument } from '../../publishing/api/open-data-schemas.ts';

/** The OpenAPI 3.1 description of every file under /api/. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(openApiDocument(), null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
