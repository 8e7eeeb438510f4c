import { describe, expect, it } from 'vitest';
import {
  conformanceLevelOf,
  profileOfConformanceLevel,
  profileOfSpecification,
  sniffSpecificationIdentifier,
} from '../../src/facturx/profile';
import {
  formatAmount,
  formatDate,
  formatDecimal,
  formatIban,
  formatMoney,
} from '../../src/facturx/render/format';

describe('Factur-X profiles', () => {
  it.each([
    ['urn:factur-x.eu:1p0:minimum', 'MINIMUM'],
    ['urn:zugferd.de:2p0:minimum', 'MINIMUM'],
    ['urn:factur-x.eu:1p0:basicwl', 'BASIC-WL'],
    ['urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic', 'BASIC'],
    ['urn:cen.eu:en16931:2017:compliant:factur-x.eu:1p0:basic', 'BASIC'],
    ['urn:cen.eu:en16931:2017#compliant#urn:zugferd.de:2p0:basic', 'BASIC'],
    ['urn:cen.eu:en16931:2017', 'EN16931'],
    ['urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended', 'EXTENDED'],
    ['urn:cen.eu:en16931:2017#conformant#urn:zugferd.de:2p0:extended', 'EXTENDED'],
    ['urn:cen.eu:en16931:2017#compliant#urn:xoev-de:kosit:standard:xrechnung_2.1', 'XRECHNUNG'],
    ['urn:oasis:names:specification:ubl:schema:xsd:Invoice-2', undefined],
  ])('BT-24 %s is %s', (id, profile) => {
    expect(profileOfSpecification(id)).toBe(profile);
  });

  it.each([
    ['MINIMUM', 'MINIMUM'],
    ['BASIC WL', 'BASIC-WL'],
    ['basic', 'BASIC'],
    ['EN 16931', 'EN16931'],
    ['COMFORT', 'EN16931'],
    ['EXTENDED', 'EXTENDED'],
    ['XRECHNUNG', 'XRECHNUNG'],
    ['no thing', undefined],
  ])('XMP level %s is %s', (level, profile) => {
    expect(profileOfConformanceLevel(level)).toBe(profile);
  });

  it('writes the XMP level as the Factur-X specification spells it', () => {
    expect(conformanceLevelOf('EN16931')).toBe('EN 16931');
    expect(conformanceLevelOf('BASIC-WL')).toBe('BASIC WL');
    expect(conformanceLevelOf('MINIMUM')).toBe('MINIMUM');
  });

  it('finds BT-24 in the head of raw CII bytes', () => {
    const xml =
      '<rsm:CrossIndustryInvoice xmlns:rsm="r" xmlns:ram="a"><rsm:ExchangedDocumentContext>' +
      '<ram:GuidelineSpecifiedDocumentContextParameter>\n  <ram:ID>urn:factur-x.eu:1p0:basicwl</ram:ID>' +
      '</ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext></rsm:CrossIndustryInvoice>';
    expect(sniffSpecificationIdentifier(new TextEncoder().encode(xml))).toBe(
      'urn:factur-x.eu:1p0:basicwl',
    );
  });
});

describe('rendering formats (decimal strings, never floats)', () => {
  it.each([
    ['1234567.5', 'fr', '1\u202f234\u202f567,5'],
    ['1234567.5', 'en', '1,234,567.5'],
    ['-1000', 'fr', '-1\u202f000'],
    ['0.005', 'en', '0.005'],
    ['.5', 'en', '0.5'],
    ['12345678901234567890.123456789', 'en', '12,345,678,901,234,567,890.123456789'],
    ['abc', 'en', 'abc'],
  ])('decimal %s (%s) → %s', (v, lang, out) => {
    expect(formatDecimal(v, lang as 'fr' | 'en')).toBe(out);
  });

  it.each([
    ['10', 'fr', '10,00'],
    ['10.5', 'en', '10.50'],
    ['10.125', 'en', '10.125'],
    ['-3', 'en', '-3.00'],
    ['', 'en', ''],
  ])('amount %s (%s) → %s', (v, lang, out) => {
    expect(formatAmount(v, lang as 'fr' | 'en')).toBe(out);
  });

  it('formats money, dates and IBANs', () => {
    expect(formatMoney('1500', 'EUR', 'fr')).toBe('1\u202f500,00 EUR');
    expect(formatMoney('1500', 'EUR', 'en')).toBe('EUR 1,500.00');
    expect(formatDate('2026-12-31', 'fr')).toBe('31/12/2026');
    expect(formatDate('2026-12-31', 'en')).toBe('2026-12-31');
    expect(formatDate('20261231', 'fr')).toBe('20261231');
    expect(formatIban('FR7630006000011234567890189')).toBe('FR76 3000 6000 0112 3456 7890 189');
    expect(formatIban('12345')).toBe('12345');
  });
});
