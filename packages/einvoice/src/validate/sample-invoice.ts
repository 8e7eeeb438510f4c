import { computeInvoiceTotals, lineNetAmount } from '../money/index';
import { emptyInvoice } from '../model/invoice';
import type { Invoice, InvoiceLine } from '../model/invoice';

/**
 * A realistic French public-sector invoice with `lineCount` lines (about 1.2 KB of UBL per line, so
 * 20 lines make the ~30 KB of the package's speed target): full parties, Chorus Pro references,
 * notes, IBAN, line periods, allowances, item identifiers and attributes, two VAT rates.
 */
export function sampleInvoice(lineCount = 20): Invoice {
  const inv = emptyInvoice('invoice');
  Object.assign(inv, {
    number: 'FA-2026-000123',
    issueDate: '2026-11-02',
    typeCode: '380',
    currencyCode: 'EUR',
    dueDate: '2026-12-02',
    buyerReference: 'SERV-DSI-042',
    contractReference: 'MARCHE-2025-0042',
    purchaseOrderReference: 'EJ-1300012345',
    paymentTerms:
      'Paiement à 30 jours fin de mois. Pénalités de retard : trois fois le taux d’intérêt légal ; indemnité forfaitaire de 40 €.',
  });
  inv.processControl = {
    businessProcessType: 'A1',
    specificationIdentifier: 'urn:cen.eu:en16931:2017',
  };
  inv.notes = [
    {
      subjectCode: 'PMT',
      text: 'Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40 €.',
    },
    { subjectCode: 'AAB', text: 'Escompte pour paiement anticipé : néant.' },
  ];
  inv.seller = {
    name: 'Société Exemple Informatique SAS',
    tradingName: 'Exemple Info',
    identifiers: [{ value: '12345678900011', schemeId: '0009' }],
    legalRegistrationId: { value: '123456789', schemeId: '0002' },
    vatId: 'FR32123456789',
    additionalLegalInformation: 'SAS au capital de 100 000 €, RCS Lyon 123 456 789',
    electronicAddress: { value: '12345678900011', schemeId: '0009' },
    postalAddress: {
      line1: '12 rue de la République',
      line2: 'Bâtiment B',
      city: 'Lyon',
      postCode: '69002',
      countryCode: 'FR',
    },
    contact: {
      name: 'Service facturation',
      telephone: '+33 4 00 00 00 00',
      email: 'facturation@exemple.fr',
    },
  };
  inv.buyer = {
    name: 'Direction interministérielle du numérique',
    identifier: { value: '11000201100044', schemeId: '0009' },
    legalRegistrationId: { value: '11000201100044', schemeId: '0009' },
    electronicAddress: { value: '11000201100044', schemeId: '0009' },
    postalAddress: {
      line1: '20 avenue de Ségur',
      city: 'Paris',
      postCode: '75007',
      countryCode: 'FR',
    },
    contact: { name: 'Bureau des achats', email: 'achats@numerique.gouv.fr' },
  };
  inv.invoicingPeriod = { startDate: '2026-10-01', endDate: '2026-10-31' };
  inv.paymentInstructions = {
    meansCode: '58',
    remittanceInformation: 'FA-2026-000123',
    creditTransfers: [
      {
        accountId: 'FR7630006000011234567890189',
        accountName: 'Société Exemple Informatique',
        serviceProviderId: 'AGRIFRPPXXX',
      },
    ],
  };
  inv.lines = Array.from({ length: lineCount }, (_, i) => sampleLine(i + 1));
  const { vatBreakdown, totals } = computeInvoiceTotals(inv);
  inv.vatBreakdown = vatBreakdown;
  inv.totals = totals;
  return inv;
}

function sampleLine(n: number): InvoiceLine {
  const quantity = String(1 + (n % 7));
  const netPrice = `${100 + n * 13}.${String((n * 37) % 100).padStart(2, '0')}`;
  const allowance = n % 3 === 0 ? ['5.00'] : [];
  return {
    id: String(n),
    quantity,
    unitCode: n % 2 === 0 ? 'HUR' : 'C62',
    netAmount: lineNetAmount({ quantity, netPrice, allowances: allowance }),
    purchaseOrderLineReference: String(n),
    buyerAccountingReference: `6156-${n}`,
    allowances: allowance.map((amount) => ({
      amount,
      reason: 'Remise commerciale',
      reasonCode: '95',
    })),
    charges: [],
    price: {
      netPrice,
      baseQuantity: '1',
      baseQuantityUnitCode: n % 2 === 0 ? 'HUR' : 'C62',
    },
    vat: { categoryCode: 'S', rate: n % 5 === 0 ? '5.5' : '20' },
    item: {
      name: `Prestation de service informatique n° ${n}`,
      description: `Maintenance applicative, périmètre ${n}`,
      sellerId: `REF-${1000 + n}`,
      classifications: [],
      attributes: [{ name: 'Niveau de service', value: 'Gold' }],
    },
  };
}
