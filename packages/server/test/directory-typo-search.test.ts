import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from './support/app';
import { importFiles, siret, structuresFile } from './support/directory';

// Near-identical names on purpose: the intended structure must win on the words typed, not by
// being alone in the directory.
const NAMES: Array<[body: string, name: string, city: string]> = [
  ['2176540000001', 'Commune de Saint-Étienne-du-Rouvray', 'SAINT-ETIENNE-DU-ROUVRAY'],
  ['2142218000001', 'Commune de Saint-Étienne', 'SAINT-ETIENNE'],
  ['2676000000001', 'Centre hospitalier universitaire de Rouen', 'ROUEN'],
  ['2676000000002', 'Centre hospitalier de Rouen', 'ROUEN'],
  ['2676000000003', "Centre communal d'action sociale de Rouen", 'ROUEN'],
  ['2176540000009', 'Commune de Rouen', 'ROUEN'],
  ['2176540000017', 'Commune de Rouen-sur-Mer', 'ROUEN-SUR-MER'],
  ['1976000000001', 'Lycée Victor Hugo de Rouen', 'ROUEN'],
  ['1976000000002', 'Lycée Victor Duruy de Rouen', 'ROUEN'],
  ['1300054800001', 'Direction régionale des finances publiques de Normandie', 'ROUEN'],
  ['1300054800002', 'Direction départementale des finances publiques du Calvados', 'CAEN'],
  ['2114118000001', 'Commune de Caen', 'CAEN'],
];

interface Page {
  items: Array<{ identifier: string; name: string }>;
  total: number;
}

describe('directory search: accents, case and typos', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
    const summary = await importFiles(
      env,
      structuresFile(
        NAMES.map(([body, name, city]) => ({
          Identifiant: siret(body),
          RaisonSociale: name,
          Ville: city,
        })),
      ),
    );
    expect(summary.problems).toEqual([]);
  });
  afterAll(async () => {
    await env.close();
  });

  const search = async (query: Record<string, string>): Promise<Page> => {
    const res = await env.app.inject({
      method: 'GET',
      url: `/api/v1/directory/structures?${new URLSearchParams(query).toString()}`,
    });
    expect(res.statusCode).toBe(200);
    return res.json<Page>();
  };
  const first = async (q: string): Promise<string | undefined> =>
    (await search({ q })).items[0]?.name;

  it('ignores accents, case and punctuation', async () => {
    for (const q of [
      'COMMUNE DE SAINT ÉTIENNE DU ROUVRAY',
      'commune de saint-etienne-du-rouvray',
      'Commune  de  Saint Etienne du Rouvray.',
    ]) {
      expect(await first(q), q).toBe('Commune de Saint-Étienne-du-Rouvray');
    }
    expect(await first('REGIONALE FINANCES PUBLIQUES')).toBe(
      'Direction régionale des finances publiques de Normandie',
    );
  });

  it('finds the structure with one substitution, insertion, deletion or transposition per word', async () => {
    const cases: Array<[string, string]> = [
      ['centre hospitalier universitaire de rouen', 'Centre hospitalier universitaire de Rouen'],
      ['cantre hospitalier universitaire de roien', 'Centre hospitalier universitaire de Rouen'],
      [
        'centtre hosspitalier unniversitaire de rouuen',
        'Centre hospitalier universitaire de Rouen',
      ],
      ['cntre hspitalier universitire de roen', 'Centre hospitalier universitaire de Rouen'],
      ['cnetre hopsitalier univresitaire de ruoen', 'Centre hospitalier universitaire de Rouen'],
      ['centre hosiptalier de rouen', 'Centre hospitalier de Rouen'],
      ['comune de ruen', 'Commune de Rouen'],
      ['lycée victro hgo', 'Lycée Victor Hugo de Rouen'],
      ['lycee victor druy', 'Lycée Victor Duruy de Rouen'],
      [
        'direction departementale des finanecs publiques du calvdos',
        'Direction départementale des finances publiques du Calvados',
      ],
    ];
    for (const [q, expected] of cases) expect(await first(q), q).toBe(expected);
  });

  it('puts the name typed before longer names sharing its words', async () => {
    const rouen = await search({ q: 'commune de roeun' });
    expect(rouen.items.map((h) => h.name)).toEqual([
      'Commune de Rouen',
      'Commune de Rouen-sur-Mer',
    ]);
    const hospital = await search({ q: 'centre hospitalier de rouen' });
    expect(hospital.items.map((h) => h.name)).toEqual([
      'Centre hospitalier de Rouen',
      'Centre hospitalier universitaire de Rouen',
    ]);
  });

  it('completes the word being typed', async () => {
    expect(await first('lycee victor hu')).toBe('Lycée Victor Hugo de Rouen');
    expect(await first('centre hospitalier univ')).toBe(
      'Centre hospitalier universitaire de Rouen',
    );
  });

  it('still finds a word with two typos, and a word the directory lacks, by trigrams', async () => {
    const far = await search({ q: 'hsopitaleir universitaire' });
    expect(far.items.map((h) => h.name)).toContain('Centre hospitalier universitaire de Rouen');
    const unknown = await search({ q: 'mairie rouvray' });
    expect(unknown.items.map((h) => h.name)).toContain('Commune de Saint-Étienne-du-Rouvray');
    const nothing = await search({ q: 'zzzzqqq' });
    expect(nothing).toMatchObject({ items: [], total: 0 });
  });

  it('pages a word search with a total, and filters it by city', async () => {
    // Every name with the word "rouen": the three centres, two communes, two lycées.
    const all = await search({ q: 'rouen', pageSize: '2' });
    expect(all.total).toBe(7);
    const second = await search({ q: 'rouen', pageSize: '2', page: '2' });
    expect(second.items).toHaveLength(2);
    expect(second.items.map((h) => h.name)).not.toContain(all.items[0]?.name);
    const beyond = await search({ q: 'rouen', pageSize: '20', page: '2' });
    expect(beyond).toMatchObject({ items: [], total: 0 });
    const inCaen = await search({ q: 'finnaces publiques', city: 'caen' });
    expect(inCaen.items.map((h) => h.name)).toEqual([
      'Direction départementale des finances publiques du Calvados',
    ]);
  });

  it('lists a city before the cities its name begins', async () => {
    const rouen = await search({ city: 'Rouen' });
    expect(rouen.items.at(-1)?.name).toBe('Commune de Rouen-sur-Mer');
    expect(rouen.total).toBe(8);
  });
});
