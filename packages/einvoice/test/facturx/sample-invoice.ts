/** A complete French public-sector invoice, built by hand, for the writer and round-trip tests. */
import type { Invoice, InvoiceLine } from '../../src/model/invoice';
import { emptyInvoice } from '../../src/model/invoice';

export function sampleLine(i: number, name = `Prestation de maintenance n°${i}`): InvoiceLine {
  return {
    id: String(i),
    quantity: '2',
    unitCode: 'HUR',
    netAmount: '150.00',
    allowances: [],
    charges: [],
    price: { netPrice: '75.00' },
    vat: { categoryCode: 'S', rate: '20' },
    item: { name, classifications: [], attributes: [] },
  };
}

export function sampleInvoice(lineCount = 2): Invoice {
  const inv = emptyInvoice('invoice');
  const net = (150 * lineCount).toFixed(2);
  const vat = (30 * lineCount).toFixed(2);
  const gross = (180 * lineCount).toFixed(2);
  return {
    ...inv,
    number: 'FA-2026-0042',
    issueDate: '2026-11-20',
    typeCode: '380',
    currencyCode: 'EUR',
    dueDate: '2026-12-20',
    buyerReference: 'SERVICE-42',
    contractReference: 'MARCHE-2026-17',
    purchaseOrderReference: 'EJ-1000012345',
    paymentTerms: 'Paiement à 30 jours, pénalités de retard : 3 fois le taux légal.',
    notes: [{ text: 'Merci de rappeler le numéro de facture lors du paiement.' }],
    processControl: {
      businessProcessType: 'A1',
      specificationIdentifier: 'urn:cen.eu:en16931:2017',
    },
    seller: {
      name: 'Atelier Dupré & Fils SARL',
      identifiers: [],
      legalRegistrationId: { value: '12345678900017', schemeId: '0009' },
      vatId: 'FR32123456789',
      postalAddress: {
        line1: '12 rue des Artisans',
        city: 'Lyon',
        postCode: '69003',
        countryCode: 'FR',
      },
      contact: {
        name: 'Élodie Dupré',
        email: 'facturation@dupre.example',
        telephone: '+33 4 00 00 00 00',
      },
    },
    buyer: {
      name: 'Commune de Villeneuve-sur-Lot',
      legalRegistrationId: { value: '21470323100018', schemeId: '0009' },
      postalAddress: {
        line1: 'Place de la Mairie',
        city: 'Villeneuve-sur-Lot',
        postCode: '47300',
        countryCode: 'FR',
      },
    },
    paymentInstructions: {
      meansCode: '58',
      creditTransfers: [
        { accountId: 'FR7630006000011234567890189', serviceProviderId: 'AGRIFRPPXXX' },
      ],
    },
    totals: {
      lineNetAmount: net,
      taxExclusiveAmount: net,
      taxAmount: vat,
      taxInclusiveAmount: gross,
      payableAmount: gross,
    },
    vatBreakdown: [{ taxableAmount: net, taxAmount: vat, categoryCode: 'S', rate: '20' }],
    lines: Array.from({ length: lineCount }, (_, k) => sampleLine(k + 1)),
  };
}
