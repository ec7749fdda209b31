import type { APIRoute } from 'astro';
import { getCatalog, vocabularies } from '../../data/catalog.ts';
import { embedRecord, type EmbedData } from '../../lib/embed-record.ts';

/**
 * The compact data `/embed/` renders from: every published practice with
 * what a card shows and its filter values, newest first. Filter-only embeds
 * need nothing else (no search index).
 */
export const GET: APIRoute = async () => {
  const vocab = vocabularies();
  const catalog = await getCatalog();
  const data: EmbedData = {
    objectives: Object.fromEntries([...vocab.objectives.values()].map((o) => [String(o.id), o.short])),
    practices: catalog.practices.map((p) => embedRecord(p, vocab)),
  };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
