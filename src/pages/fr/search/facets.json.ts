import type { APIRoute } from 'astro';
import { facetsResponse } from '../../search/_facets.ts';

export const GET: APIRoute = () => facetsResponse('fr');
