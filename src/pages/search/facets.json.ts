import type { APIRoute } from 'astro';
import { facetsResponse } from './_facets.ts';

export const GET: APIRoute = () => facetsResponse('en');
