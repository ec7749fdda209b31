import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGeography } from '../../scripts/lib/build-geography.ts';
import { projectRoot } from '../../src/catalogue/content-paths.ts';
import { loadVocabularies, readPlacesWithoutIsoCode, readRegionNames } from '../../src/catalogue/load-vocabularies.ts';
import { validatePractices } from '../../src/catalogue/validate-practices.ts';

const vocab = loadVocabularies();

// The ids the content model promises, copied from CONTENT-MODEL.md.
const CONTRACT_THEMES = 'migration-governance labour-migration regular-pathways diaspora integration anti-discrimination trafficking-and-smuggling border-management return-and-reintegration climate-and-environment migration-data health children-and-youth gender access-to-services alternatives-to-detention missing-migrants remittances skills consular-protection capacity-development information-and-awareness international-cooperation asylum-and-protection crisis-and-emergencies'.split(' ');
const CONTRACT_REGIONS = 'africa americas asia europe oceania northern-africa sub-saharan-africa western-africa eastern-africa middle-africa southern-africa latin-america-and-the-caribbean caribbean central-america south-america northern-america central-asia eastern-asia south-eastern-asia southern-asia western-asia eastern-europe northern-europe southern-europe western-europe australia-and-new-zealand melanesia micronesia polynesia'.split(' ');

describe('vocabularies', () => {
  it('has the 23 GCM objectives, each with a short and an official title', () => {
    expect([...vocab.objectives.keys()]).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    expect(vocab.objectives.get(23)!.title).toMatch(/international cooperation/i);
  });

  it('has the 10 guiding principles, 17 goals and 169 targets', () => {
    expect(vocab.principles.size).toBe(10);
    expect(vocab.principles.has('whole-of-government')).toBe(true);
    expect(vocab.sdgGoals.size).toBe(17);
    expect(vocab.sdgTargets.size).toBe(169);
    for (const id of ['10.7', '17.18', '10.c', '8.8']) expect(vocab.sdgTargets.has(id)).toBe(true);
    for (const t of vocab.sdgTargets.values()) expect(vocab.sdgGoals.has(t.goal)).toBe(true);
  });

  it('has every theme of the content model, with a label and a description', () => {
    for (const id of CONTRACT_THEMES) expect(vocab.themes.has(id), id).toBe(true);
    for (const t of vocab.themes.values()) expect(t.description.length).toBeGreaterThan(20);
  });

  it('has every M49 region id of the content model, each parent defined', () => {
    for (const id of CONTRACT_REGIONS) expect(vocab.regions.has(id), id).toBe(true);
    for (const r of vocab.regions.values()) if (r.parent) expect(vocab.regions.has(r.parent)).toBe(true);
  });

  it('places every country in a defined region and sub-region', () => {
    expect(vocab.countries.size).toBeGreaterThan(240);
    for (const c of vocab.countries.values()) {
      expect(vocab.regions.get(c.region)!.level).toBe('region');
      expect(vocab.regions.get(c.subRegion)!.level).toBe('sub-region');
      if (c.intermediateRegion) expect(vocab.regions.get(c.intermediateRegion)!.parent).toBe(c.subRegion);
    }
    expect(vocab.countries.get('SLE')).toMatchObject({ region: 'africa', subRegion: 'sub-saharan-africa', intermediateRegion: 'western-africa' });
    expect(vocab.countries.get('CRI')!.intermediateRegion).toBe('central-america');
    expect(vocab.countries.get('CIV')!.names.en).toBe('Côte d’Ivoire');
  });

  it('lists Kosovo, which ISO 3166 and M49 do not code, under the UN name and the EU and IMF code', () => {
    expect(vocab.countries.get('XKX')).toEqual({
      id: 'XKX',
      names: {
        en: 'Kosovo (under UNSC res. 1244)',
        fr: 'Kosovo (résolution 1244 du Conseil de sécurité)',
        es: 'Kosovo (resolución 1244 del Consejo de Seguridad)',
      },
      region: 'europe',
      subRegion: 'southern-europe',
      mapName: 'Kosovo',
    });
  });

  it('refuses a place without an ISO code placed in a sub-region of another region, or under a taken code', () => {
    const names = readRegionNames(join(projectRoot, 'content', 'taxonomies'));
    const place = {
      id: 'XKX',
      names: { en: 'Kosovo', fr: 'Kosovo', es: 'Kosovo' },
      official: { en: true, fr: false, es: false },
      source: 'test',
      region: 'europe',
      subRegion: 'western-asia',
    };
    expect(() => buildGeography(names, [place])).toThrowErrorMatchingInlineSnapshot(
      `[Error: content/taxonomies/places-without-iso-code.yaml: XKX: subRegion: "western-asia" is not a sub-region of "europe"; allowed values are eastern-europe, northern-europe, southern-europe, western-europe.]`,
    );
    expect(() => buildGeography(names, [{ ...place, id: 'SRB', subRegion: 'southern-europe' }])).toThrowErrorMatchingInlineSnapshot(
      `[Error: content/taxonomies/places-without-iso-code.yaml: SRB: is already a code of countries.json; a place without an ISO code needs a code of its own.]`,
    );
  });

  it('keeps the committed geography in step with the packages it comes from (run npm run taxonomies)', () => {
    const dir = join(projectRoot, 'content', 'taxonomies');
    const { regions, countries } = buildGeography(readRegionNames(dir), readPlacesWithoutIsoCode(dir));
    expect(JSON.parse(readFileSync(join(dir, 'regions.json'), 'utf8'))).toEqual(regions);
    expect(JSON.parse(readFileSync(join(dir, 'countries.json'), 'utf8'))).toEqual(countries);
  });
});

describe('the real content', () => {
  it('has no errors, and every id it uses is defined', async () => {
    const { practices, problems } = await validatePractices();
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(practices.length).toBeGreaterThanOrEqual(20);
    for (const p of practices) {
      for (const n of p.data.gcmObjectives) expect(vocab.objectives.has(n)).toBe(true);
      for (const t of p.data.themes) expect(vocab.themes.has(t)).toBe(true);
      for (const t of p.data.sdgTargets ?? []) expect(vocab.sdgTargets.has(t)).toBe(true);
      for (const c of p.data.countries ?? []) expect(vocab.countries.has(c)).toBe(true);
    }
  });
});
