import { describe, expect, it } from 'vitest';
import { fluxReportCsv, writeFluxReportPdf } from '../src/documents/flux-report';
import { extractPdfText } from '../src/recognition/pdf-text';
import type { FluxDetail, FluxItem } from '../src/services/fluxes/present-flux';

const accepted = (position: number): FluxItem => ({
  position,
  fileName: `facture-${position + 1}.xml`,
  status: 'accepted',
  invoice: {
    id: `id-${position}`,
    choraleId: `CHR2026${String(position).padStart(9, '0')}`,
    number: `F-${position + 1}`,
  },
  number: `F-${position + 1}`,
  recipientIdentifier: '11000201100044',
  recipientName: 'Commune de Rouen',
  totalInclVat: '1200.00',
  currency: 'EUR',
  findings: [],
});

const refused: FluxItem = {
  position: 1,
  fileName: 'facture-2.xml',
  status: 'refused',
  invoice: null,
  number: 'F-2',
  recipientIdentifier: '99999999999999',
  recipientName: null,
  totalInclVat: '-12.50',
  currency: 'EUR',
  findings: [
    {
      rule: 'BR-CO-10',
      severity: 'fatal',
      message:
        'La somme des montants nets des lignes ne correspond pas au total des lignes de la facture (BT-106), un message assez long pour être coupé sur plusieurs lignes dans le PDF.',
      location: '/Invoice/cac:LegalMonetaryTotal/cbc:LineExtensionAmount',
      value: '=HYPERLINK("http://evil.example","x")',
    },
    {
      rule: 'CHORALE-RECIPIENT-UNKNOWN',
      severity: 'fatal',
      message: 'Destinataire inconnu de l’annuaire → vérifiez le SIRET ✓',
      location: null,
      value: '99999999999999',
    },
  ],
};

function detail(items: FluxItem[], extra: Partial<FluxDetail> = {}): FluxDetail {
  return {
    id: '0b5c1d58-58a4-4c9f-9a5e-2f6f3f1f4e10',
    number: 'FLX2026000000042',
    structureId: 's',
    structureName: 'Entreprise « Test » ; SA',
    syntax: 'IN_DP_E1_UBL_INVOICE',
    fileName: 'lot.zip',
    sizeBytes: 2048,
    sha256: 'a'.repeat(64),
    channel: 'portal',
    status: 'IN_INTEGRE_PARTIEL',
    duplicateOf: null,
    receivedAt: '2026-11-27T05:00:00.000Z',
    startedAt: '2026-11-27T05:00:01.000Z',
    finishedAt: '2026-11-27T05:00:02.500Z',
    counts: {
      total: items.length,
      processed: items.length,
      accepted: items.filter((i) => i.status === 'accepted').length,
      refused: items.filter((i) => i.status === 'refused').length,
    },
    refusal: null,
    depositedBy: { id: 'u', name: 'Camille Test' },
    validator: null,
    items,
    ...extra,
  };
}

/** A small RFC 4180 reader (`;` separated, quoted cells), to read back what we wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const read = await extractPdfText(bytes, { maxPages: 500, maxItems: 200_000, timeoutMs: 30_000 });
  return { pages: read.pageCount, text: read.items.map((i) => i.text).join('\n') };
}

describe('flux report as CSV', () => {
  it('has one row per finding, one per invoice without findings, formulas defused', () => {
    const csv = fluxReportCsv(detail([accepted(0), refused]), 'fr');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([
      'Flux',
      'Position',
      'Fichier',
      'Numéro de facture',
      'Identifiant destinataire',
      'Destinataire',
      'Montant TTC',
      'Devise',
      'Résultat',
      'Identifiant Chorale',
      'Règle',
      'Gravité',
      'Message',
      'Emplacement',
      'Valeur',
    ]);
    expect(rows).toHaveLength(1 + 1 + 2);
    expect(rows[1]).toMatchObject({ 0: 'FLX2026000000042', 1: '1', 3: 'F-1', 8: 'Acceptée' });
    expect(rows[1]?.[9]).toBe('CHR2026000000000');
    const [first, second] = [rows[2] ?? [], rows[3] ?? []];
    expect(first.slice(8, 15)).toEqual([
      'Refusée',
      '',
      'BR-CO-10',
      'bloquante',
      refused.findings[0]?.message,
      '/Invoice/cac:LegalMonetaryTotal/cbc:LineExtensionAmount',
      // A spreadsheet would run it: prefixed so it stays text.
      `'=HYPERLINK("http://evil.example","x")`,
    ]);
    // A negative amount is a number, not a formula: kept as is.
    expect(first[6]).toBe('-12.50');
    expect(second[10]).toBe('CHORALE-RECIPIENT-UNKNOWN');
    expect(csv).not.toMatch(/;=HYPERLINK/);
  });

  it('says why a flux refused as a whole was refused, in English too', () => {
    const rows = parseCsv(
      fluxReportCsv(
        detail([], {
          status: 'IN_REJETE',
          refusal: { code: 'FLUX_ZIP_BOMB', message: 'The archive unpacks to too much data.' },
        }),
        'en',
      ),
    );
    expect(rows[0]?.[12]).toBe('Message');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({
      0: 'FLX2026000000042',
      2: 'lot.zip',
      8: 'Rejected',
      10: 'FLUX_ZIP_BOMB',
      12: 'The archive unpacks to too much data.',
    });
  });
});

describe('flux report as PDF', () => {
  it('shows the flux, each invoice and every finding with rule, message, location and value', async () => {
    const bytes = await writeFluxReportPdf(detail([accepted(0), refused]), 'fr');
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const { text } = await pdfText(bytes);
    for (const expected of [
      'Compte-rendu d’intégration du flux',
      'FLX2026000000042',
      'Intégré partiellement',
      '2 au total, 1 acceptée(s), 1 refusée(s)',
      'lot.zip',
      'Entreprise « Test » ; SA',
      'CHR2026000000000',
      'BR-CO-10 [bloquante]',
      'CHORALE-RECIPIENT-UNKNOWN',
      '/Invoice/cac:LegalMonetaryTotal/cbc:LineExtensionAmount',
      '=HYPERLINK("http://evil.example","x")',
      'Commune de Rouen (11000201100044)',
    ]) {
      expect(text).toContain(expected);
    }
    // The long message wraps over lines but loses no word; characters the standard fonts
    // cannot draw are replaced, not fatal.
    expect(text.replace(/\s+/g, ' ')).toContain(
      'un message assez long pour être coupé sur plusieurs lignes dans le PDF.',
    );
    expect(text).toContain('vérifiez le SIRET ?');
  });

  it('runs over as many pages as needed, numbered, in English', async () => {
    const items = Array.from({ length: 150 }, (_, i) =>
      i === 149 ? { ...refused, position: 149 } : accepted(i),
    );
    const { pages, text } = await pdfText(await writeFluxReportPdf(detail(items), 'en'));
    expect(pages).toBeGreaterThan(3);
    expect(text).toContain('Flux integration report');
    expect(text).toContain(`Flux FLX2026000000042 — page ${pages}/${pages}`);
    expect(text).toContain('Invoice 150 — facture-2.xml — Refused');
    expect(text).toContain('BR-CO-10 [blocking]');
    expect(text).toContain('value: “=HYPERLINK');
  });

  it('says why a flux refused as a whole was refused', async () => {
    const bytes = await writeFluxReportPdf(
      detail([], {
        status: 'IN_REJETE',
        refusal: { code: 'FLUX_ZIP_BOMB', message: 'L’archive se décompresse en trop de données.' },
      }),
      'fr',
    );
    const { text } = await pdfText(bytes);
    expect(text).toContain('Rejeté');
    expect(text).toContain('Motif de rejet du flux (FLUX_ZIP_BOMB)');
    expect(text).toContain('L’archive se décompresse en trop de données.');
    expect(text).toContain('Aucune facture n’a été lue dans ce flux.');
  });
});
