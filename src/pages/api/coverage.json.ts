import type { APIRoute } from 'astro';
import { siteCoverage } from '../../coverage/world.ts';
import { TOP_REGIONS } from '../../coverage/count-coverage.ts';

/**
 * The counts behind /coverage/, so partners can chart them themselves:
 * practices per country (ISO3), per GCM objective and region, per SDG target
 * (grouped by goal) and per year of start.
 */
export const GET: APIRoute = async () => {
  const coverage = await siteCoverage();
  const body = {
    total: coverage.total,
    regions: TOP_REGIONS,
    countries: coverage.countries,
    withoutCountry: coverage.withoutCountry,
    objectives: coverage.objectives,
    sdgGoals: coverage.sdgGoals,
    years: coverage.years,
  };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
