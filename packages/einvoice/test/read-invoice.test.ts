import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, readInvoiceXml } from '../src/read/read-invoice';
import { writeCii, writeUbl } from '../src/write/index';
import { CORPUS, requireShared } from './support/corpus';

const enc = new TextEncoder();
const corpusFile = (path: string) => {
  requireShared();
  return readFileSync(resolve(CORPUS, path));
};
const UBL_NS = 'xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"';
const CBC = 'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"';
const CAC = 'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"';

describe('detectFormat: from the bytes, never the file name', () => {
  it.each([
    ['ubl-invoice/valid/cen__ubl-tc434-example1.xml', 'ubl-invoice'],
    ['ubl-creditnote/valid/cen__ubl-tc434-creditnote1.xml', 'ubl-creditnote'],
    ['cii/valid/cen__CII_example1.xml', 'cii'],
  ])('%s is %s', (path, format) => {
    expect(detectFormat(corpusFile(path))).toBe(format);
    expect(readInvoiceXml(corpusFile(path)).format).toBe(format);
  });

  it('reads a UTF-16 invoice (with BOM) like its UTF-8 original', () => {
    const text = corpusFile('ubl-invoice/valid/cen__ubl-tc434-example1.xml')
      .toString('utf8')
      .replace(/^<\?xml[^>]*\?>/, '<?xml version="1.0" encoding="UTF-16"?>');
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    expect(detectFormat(utf16)).toBe('ubl-invoice');
    const r = readInvoiceXml(utf16);
    expect(r.findings).toEqual([]);
    expect(r.xml?.encoding).toBe('UTF-16LE');
    expect(r.invoice).toEqual(
      readInvoiceXml(corpusFile('ubl-invoice/valid/cen__ubl-tc434-example1.xml')).invoice,
    );
  });

  it('recognises PDF, prefixed namespaces, comments before the root, and unknown roots', () => {
    expect(detectFormat(enc.encode('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toBe('pdf');
    expect(detectFormat(enc.encode(`\n\n%PDF-1.4`))).toBe('pdf');
    expect(
      detectFormat(
        enc.encode(
          `<?xml version="1.0"?><!-- <Invoice> --><ubl:Invoice xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"/>`,
        ),
      ),
    ).toBe('ubl-invoice');
    expect(detectFormat(enc.encode('<Invoice xmlns="urn:other"/>'))).toBe('unknown');
    expect(detectFormat(enc.encode('<html><body>facture</body></html>'))).toBe('unknown');
    expect(detectFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe('unknown');
    expect(detectFormat(new Uint8Array())).toBe('unknown');
  });
});

describe('readInvoiceXml', () => {
  it('reports an XML file that is not an invoice', () => {
    const r = readInvoiceXml(
      enc.encode(
        '<?xml version="1.0"?>\n<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"/>',
      ),
    );
    expect(r.format).toBe('unknown');
    expect(r.invoice).toBeUndefined();
    expect(r.xml?.root.local).toBe('Order');
    expect(r.findings).toMatchObject([
      { rule: 'FORMAT-UNKNOWN', severity: 'fatal', line: 2, location: '/Order' },
    ]);
  });

  it('passes on the parser findings for malformed input', () => {
    const r = readInvoiceXml(enc.encode('<!DOCTYPE x><Invoice/>'));
    expect(r).toMatchObject({ format: 'unknown', findings: [{ rule: 'XML-DOCTYPE' }] });
  });

  it('reads whatever is there and leaves missing terms empty for the rules', () => {
    const r = readInvoiceXml(
      enc.encode(`<Invoice ${UBL_NS} ${CBC} ${CAC}>
  <cbc:ID> F-1 </cbc:ID>
  <cbc:Note>#AAI#Texte libre</cbc:Note>
  <cbc:BuyerReference/>
  <cac:InvoiceLine><cbc:InvoicedQuantity>2</cbc:InvoicedQuantity><cac:Item><cac:Junk><cbc:X/></cac:Junk></cac:Item></cac:InvoiceLine>
  <cbc:Unknown>?</cbc:Unknown>
</Invoice>`),
    );
    expect(r.findings).toEqual([]);
    const inv = r.invoice;
    expect(inv).toMatchObject({
      kind: 'invoice',
      number: 'F-1',
      issueDate: '',
      currencyCode: '',
      buyerReference: '',
    });
    expect(inv?.notes).toEqual([{ subjectCode: 'AAI', text: 'Texte libre' }]);
    expect(inv?.seller).toEqual({ name: '', identifiers: [], postalAddress: { countryCode: '' } });
    expect(inv?.lines[0]).toMatchObject({
      id: '',
      quantity: '2',
      unitCode: '',
      netAmount: '',
      item: { name: '' },
    });
    expect(inv?.dueDate).toBeUndefined();
  });

  it('maps the Chorus Pro references where the French CIUS puts them', () => {
    const inv = readInvoiceXml(
      enc.encode(`<Invoice ${UBL_NS} ${CBC} ${CAC}>
  <cbc:ProfileID>A1</cbc:ProfileID>
  <cbc:BuyerReference>SERVICE-42</cbc:BuyerReference>
  <cac:OrderReference><cbc:ID>EJ-2024-001</cbc:ID></cac:OrderReference>
  <cac:ContractDocumentReference><cbc:ID>MARCHE-7</cbc:ID></cac:ContractDocumentReference>
</Invoice>`),
    ).invoice;
    expect(inv?.processControl.businessProcessType).toBe('A1');
    expect(inv?.buyerReference).toBe('SERVICE-42');
    expect(inv?.purchaseOrderReference).toBe('EJ-2024-001');
    expect(inv?.contractReference).toBe('MARCHE-7');
    const cii = readInvoiceXml(enc.encode(writeCii(inv!))).invoice;
    expect(cii?.processControl.businessProcessType).toBe('A1');
    expect([cii?.buyerReference, cii?.purchaseOrderReference, cii?.contractReference]).toEqual([
      'SERVICE-42',
      'EJ-2024-001',
      'MARCHE-7',
    ]);
  });

  it('tells CII credit notes by their type code, and writes them as UBL CreditNote', () => {
    const invoice = corpusFile('cii/valid/cen__CII_example1.xml').toString('utf8');
    expect(invoice).toContain('<ram:TypeCode>380</ram:TypeCode>');
    expect(readInvoiceXml(enc.encode(invoice)).invoice?.kind).toBe('invoice');
    const inv = readInvoiceXml(
      enc.encode(
        invoice.replace('<ram:TypeCode>380</ram:TypeCode>', '<ram:TypeCode>381</ram:TypeCode>'),
      ),
    ).invoice;
    expect(inv?.typeCode).toBe('381');
    expect(inv?.kind).toBe('creditNote');
    const ubl = writeUbl(inv!);
    expect(ubl).toContain(
      '<CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"',
    );
    expect(readInvoiceXml(enc.encode(ubl)).format).toBe('ubl-creditnote');
  });

  it('converts CII dates and VAT point date codes to the model and back', () => {
    const inv = readInvoiceXml(corpusFile('cii/valid/cen__CII_example1.xml')).invoice;
    expect(inv?.issueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(writeCii(inv!)).toContain(
      `<udt:DateTimeString format="102">${inv?.issueDate.replace(/-/g, '')}</udt:DateTimeString>`,
    );
  });
});

describe('source map', () => {
  const r = readInvoiceXml(corpusFile('ubl-invoice/valid/cen__ubl-tc434-example1.xml'));
  const map = r.sourceMap!;

  it('locates terms, repeated groups and scheme attributes at their XPath and line', () => {
    expect(map.locate('BT-1')).toEqual({ xpath: '/Invoice/cbc:ID', line: 16 });
    expect(map.locate('BT-27')).toMatchObject({
      xpath:
        '/Invoice/cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName',
      line: 39,
    });
    expect(map.locate('BG-4/BT-27')).toEqual(map.locate('BT-27'));
    expect(map.locate('BG-25[2]/BT-129')?.xpath).toBe(
      '/Invoice/cac:InvoiceLine[2]/cbc:InvoicedQuantity',
    );
    expect(map.locate('BG-25[2]/BG-29/BT-146')?.xpath).toBe(
      '/Invoice/cac:InvoiceLine[2]/cac:Price/cbc:PriceAmount',
    );
    expect(map.locate('BG-23[1]/BT-116')?.xpath).toBe(
      '/Invoice/cac:TaxTotal/cac:TaxSubtotal[1]/cbc:TaxableAmount',
    );
    expect(map.locate('BG-25[1]/BT-130')?.xpath).toBe(
      '/Invoice/cac:InvoiceLine[1]/cbc:InvoicedQuantity/@unitCode',
    );
    expect(map.locate('BG-17[2]/BT-84')?.xpath).toBe(
      '/Invoice/cac:PaymentMeans[2]/cac:PayeeFinancialAccount/cbc:ID',
    );
  });

  it('answers undefined for what the source lacks, and the nearest ancestor on request', () => {
    expect(map.locate('BT-11')).toBeUndefined();
    expect(map.locate('BG-25[99]/BT-129')).toBeUndefined();
    expect(map.locateNearest('BG-25[2]/BT-127')).toEqual(map.locate('BG-25[2]'));
    expect(map.locateNearest('BT-11')).toEqual({ xpath: '/Invoice', line: 7 });
  });

  it('locates CII terms too', () => {
    const cii = readInvoiceXml(corpusFile('cii/valid/cen__CII_example1.xml')).sourceMap!;
    expect(cii.locate('BT-1')?.xpath).toBe(
      '/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:ID',
    );
    expect(cii.locate('BG-25[1]/BT-131')?.xpath).toMatch(
      /^\/rsm:CrossIndustryInvoice\/rsm:SupplyChainTradeTransaction\/ram:IncludedSupplyChainTradeLineItem(\[1\])?\/ram:SpecifiedLineTradeSettlement\/ram:SpecifiedTradeSettlementLineMonetarySummation\/ram:LineTotalAmount$/,
    );
  });
});
