import { csvField } from '../domain/directory/csv';
import { SERVICE_COLUMNS, STRUCTURE_COLUMNS } from '../domain/directory/file-format';
import { withLuhnDigit } from '../domain/directory/identifiers';
import {
  DEPARTMENTS,
  PEOPLE,
  REGIONS,
  SERVICES,
  TOWNS,
  TOWN_SUFFIXES,
  VILLAGE_STEMS,
} from './directory-names';

/**
 * A deterministic generator of directory files in the official format: the demo directory
 * (~2,000 structures) and the benchmark's (~200,000 structures, ~80,000 services). Same seed,
 * same bytes, so the demo data and the benchmark are reproducible.
 */
export interface GenerateOptions {
  structures: number;
  seed?: number;
  /** Services of one structure; the default gives 1 to 20, most with few. */
  servicesOf?: (random: () => number, kind: Kind) => number;
}

export interface GeneratedDirectory {
  structuresCsv: string;
  servicesCsv: string;
  structureCount: number;
  serviceCount: number;
}

type Kind = 'commune' | 'department' | 'hospital' | 'university' | 'state' | 'school' | 'other';

/** mulberry32: a tiny seeded PRNG, good enough for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Structure {
  kind: Kind;
  name: string;
  siret: string;
  town: string;
  postalCode: string;
  flags: {
    serviceCode: boolean;
    legalCommitment: boolean;
    either: boolean;
    reportsPayment: boolean;
    ediReceiver: boolean;
    ediEmitter: boolean;
    moa: boolean;
    moaOnly: boolean;
    active: boolean;
  };
}

const SIREN_PREFIX: Record<Kind, string> = {
  commune: '21',
  department: '22',
  hospital: '26',
  university: '19',
  state: '13',
  school: '19',
  other: '25',
};

export function generateDirectory(options: GenerateOptions): GeneratedDirectory {
  const random = seededRandom(options.seed ?? 20240101);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const chance = (p: number): boolean => random() < p;
  const used = new Set<string>();

  const siretOf = (kind: Kind): string => {
    for (;;) {
      const body = `${SIREN_PREFIX[kind]}${String(Math.floor(random() * 1e6)).padStart(6, '0')}`;
      const siren = withLuhnDigit(body);
      const nic = String(1 + Math.floor(random() * 999)).padStart(4, '0');
      const siret = withLuhnDigit(`${siren}${nic}`);
      if (!used.has(siret)) {
        used.add(siret);
        return siret;
      }
    }
  };
  const townName = (): string =>
    chance(0.5)
      ? `${pick(TOWNS)}${pick(TOWN_SUFFIXES)}`
      : `${pick(VILLAGE_STEMS)}${chance(0.6) ? `-${pick(VILLAGE_STEMS).replace(/^(Saint|Sainte)-/, '')}` : ''}${pick(TOWN_SUFFIXES)}`;

  const nameOf = (kind: Kind, town: string, dept: (typeof DEPARTMENTS)[number]): string => {
    switch (kind) {
      case 'commune':
        return `Commune de ${town}`;
      case 'department':
        return chance(0.5)
          ? `Département ${dept[2]}${dept[1]}`
          : `Conseil départemental ${dept[2]}${dept[1]}`;
      case 'hospital':
        return pick([
          `Centre hospitalier de ${town}`,
          `Centre hospitalier universitaire de ${town}`,
          `Centre hospitalier intercommunal de ${town}`,
          `EHPAD public de ${town}`,
        ]);
      case 'university':
        return pick([
          `Université de ${town}`,
          `Université ${town} ${pick(['I', 'II', 'III'])}`,
          `Institut universitaire de technologie de ${town}`,
          `École nationale supérieure d'ingénieurs de ${town}`,
        ]);
      case 'state':
        return pick([
          `Direction régionale des finances publiques ${pick(REGIONS)}`,
          `Direction départementale des finances publiques ${dept[2]}${dept[1]}`,
          `Direction départementale des territoires ${dept[2]}${dept[1]}`,
          `Préfecture ${dept[2]}${dept[1]}`,
          `Rectorat de l'académie de ${pick(TOWNS)}`,
          `Direction régionale de l'environnement ${pick(REGIONS)}`,
        ]);
      case 'school':
        return (
          pick([
            `Collège ${pick(PEOPLE)}`,
            `Lycée ${pick(PEOPLE)}`,
            `Lycée professionnel ${pick(PEOPLE)}`,
          ]) + ` de ${town}`
        );
      case 'other':
        return pick([
          `Centre communal d'action sociale de ${town}`,
          `Communauté de communes de ${town}`,
          `Syndicat intercommunal des eaux de ${town}`,
          `Office public de l'habitat de ${town}`,
          `Service départemental d'incendie et de secours ${dept[2]}${dept[1]}`,
          `Métropole de ${pick(TOWNS)}`,
        ]);
    }
  };

  const kindOf = (): Kind => {
    const r = random();
    if (r < 0.55) return 'commune';
    if (r < 0.6) return 'department';
    if (r < 0.68) return 'hospital';
    if (r < 0.73) return 'university';
    if (r < 0.83) return 'state';
    if (r < 0.92) return 'school';
    return 'other';
  };

  const structureLines = [STRUCTURE_COLUMNS.join(';')];
  const serviceLines = [SERVICE_COLUMNS.join(';')];
  let serviceCount = 0;
  const bool = (b: boolean): string => (b ? 'true' : 'false');
  const servicesOf = options.servicesOf ?? ((r: () => number) => 1 + Math.floor(19 * r() ** 3));

  for (let i = 0; i < options.structures; i += 1) {
    const kind = kindOf();
    const dept = pick(DEPARTMENTS);
    const town = townName();
    const postalCode =
      dept[0].length === 3
        ? `${dept[0]}${Math.floor(random() * 90 + 10)}`
        : `${dept[0]}${String(Math.floor(random() * 1000)).padStart(3, '0')}`;
    const state = kind === 'state';
    const s: Structure = {
      kind,
      name: nameOf(kind, town, dept),
      siret: siretOf(kind),
      town,
      postalCode,
      flags: {
        serviceCode: chance(state ? 0.5 : 0.12),
        legalCommitment: chance(state ? 0.7 : 0.08),
        either: chance(0.05),
        reportsPayment: chance(0.7),
        ediReceiver: chance(0.1),
        ediEmitter: chance(0.05),
        moa: kind === 'commune' || kind === 'department' ? chance(0.3) : false,
        moaOnly: chance(0.01),
        active: chance(0.97),
      },
    };
    const f = s.flags;
    structureLines.push(
      [
        'SIRET',
        s.siret,
        s.name,
        bool(f.ediEmitter),
        bool(f.ediReceiver),
        bool(f.reportsPayment),
        bool(f.legalCommitment),
        bool(f.serviceCode),
        bool(f.either && !f.serviceCode && !f.legalCommitment),
        bool(f.moa),
        bool(f.moaOnly && f.moa),
        bool(f.active),
        `${1 + Math.floor(random() * 120)} ${pick(['rue', 'avenue', 'place', 'boulevard', 'quai'])} ${pick(['de la République', 'Victor Hugo', 'du Général de Gaulle', 'Jean Jaurès', "de l'Hôtel de Ville", 'des Écoles', 'Pasteur', 'de la Gare'])}`,
        chance(0.3) ? `BP ${100 + Math.floor(random() * 900)}` : '',
        chance(0.1) ? 'CS 10001' : '',
        s.postalCode,
        s.town.toUpperCase(),
        chance(0.8)
          ? `0${1 + Math.floor(random() * 5)}${String(Math.floor(random() * 1e8)).padStart(8, '0')}`
          : '',
        chance(0.6) ? `factures@${s.siret}.demo.chorale.localhost` : '',
        'FR',
        'FRANCE',
      ]
        .map((v) => csvField(v))
        .join(';'),
    );
    const count = servicesOf(random, kind);
    const codes = new Set<string>();
    for (let k = 0; k < count; k += 1) {
      const [baseCode, name] = pick(SERVICES);
      let code = baseCode;
      for (let n = 2; codes.has(code); n += 1) code = `${baseCode}-${n}`;
      codes.add(code);
      const ended = chance(0.04);
      serviceLines.push(
        [
          'SIRET',
          s.siret,
          code,
          code === baseCode ? name : `${name} ${code.slice(baseCode.length + 1)}`,
          bool(chance(0.1)),
          bool(chance(0.93)),
          chance(0.3) ? `20${10 + Math.floor(random() * 14)}-01-01` : '',
          ended ? '2023-12-31' : '',
        ]
          .map((v) => csvField(v))
          .join(';'),
      );
      serviceCount += 1;
    }
  }
  return {
    structuresCsv: `${structureLines.join('\n')}\n`,
    servicesCsv: `${serviceLines.join('\n')}\n`,
    structureCount: options.structures,
    serviceCount,
  };
}
