/**
 * Generated invoices for the differential test: deterministic mutations of valid corpus invoices
 * (a number nudged, a code replaced, an element removed, a decimal added) so that many different
 * EN 16931 rules fire, and the official XSLT can be asked the same question.
 */
export interface Mutant {
  name: string;
  xml: string;
}

type Mutation = (xml: string, k: number) => string | undefined;

/** Replaces the k-th (modulo) match of a global regex. */
function replaceNth(
  xml: string,
  re: RegExp,
  k: number,
  f: (m: RegExpExecArray) => string,
): string | undefined {
  const matches = [...xml.matchAll(re)];
  if (matches.length === 0) return undefined;
  const m = matches[k % matches.length] as RegExpExecArray;
  return xml.slice(0, m.index) + f(m) + xml.slice(m.index + m[0].length);
}

const MUTATIONS: Record<string, Mutation> = {
  // An amount or quantity nudged: the totals and VAT breakdown rules (BR-CO-10..16, BR-S-08/09 ...).
  nudgeNumber: (xml, k) =>
    replaceNth(xml, />(-?\d+\.\d+)</g, k, (m) => `>${(Number(m[1]) + 1).toFixed(2)}<`),
  // A third decimal on an amount (BR-DEC-*).
  extraDecimal: (xml, k) => replaceNth(xml, /(Amount[^>]*>-?\d+\.\d\d)</g, k, (m) => `${m[1]}7<`),
  // A code made unknown (BR-CL-*).
  badCode: (xml, k) => replaceNth(xml, /(Code[^>]*>)([A-Z0-9]{1,3})</g, k, (m) => `${m[1]}ZZ9<`),
  // An identifier scheme made unknown (BR-CL-10/11/25 ...).
  badScheme: (xml, k) => replaceNth(xml, /schemeID="[^"]*"/g, k, () => 'schemeID="XX99"'),
  // A leaf element removed (BR-01..BR-65 presence rules).
  dropLeaf: (xml, k) => replaceNth(xml, /<([\w]+:[\w]+)(\s[^>]*)?>[^<]*<\/\1>/g, k, () => ''),
  // A VAT category changed (BR-S/Z/E/AE/K/G/O-* consistency rules).
  vatCategory: (xml, k) =>
    replaceNth(
      xml,
      /(<(?:cbc:ID|ram:CategoryCode)>)(S|Z|E|AE|K|G|O)(<)/g,
      k,
      (m) => `${m[1]}${['Z', 'E', 'O', 'AE', 'S'][k % 5]}${m[3]}`,
    ),
  // A no-break space after a code or an amount: no XML whitespace, so normalize-space() and the
  // casts keep it (the code is then unknown, the amount no number).
  foreignSpace: (xml, k) =>
    replaceNth(xml, /(<(?:cbc|ram):\w*(?:Code|Amount|ID)[^>]*>)([^<\s]+)(<)/g, k, (m) =>
      [m[1], m[2], '\u00a0', m[3]].join(''),
    ),
};

/** `count` mutants of each seed invoice, cycling through the mutation kinds. */
export function generateMutants(seeds: { name: string; xml: string }[], count: number): Mutant[] {
  const kinds = Object.entries(MUTATIONS);
  const out: Mutant[] = [];
  for (const seed of seeds) {
    for (let i = 0; i < count; i++) {
      const [kind, mutate] = kinds[i % kinds.length] as [string, Mutation];
      const k = i * 7 + 3;
      const xml = mutate(seed.xml, k);
      if (xml !== undefined && xml !== seed.xml)
        out.push({ name: `${seed.name}#${kind}-${k}`, xml });
    }
  }
  return out;
}
