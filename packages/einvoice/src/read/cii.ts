import { emptyInvoice, kindOfTypeCode } from '../model/invoice';
import type { Invoice, InvoiceNote } from '../model/invoice';
import type { XmlElement } from '../xml/types';
import { put, req, text } from './helpers';
import type { Recorder } from './source-map';
import { readAgreement, readDelivery } from './cii-agreement';
import { readLine } from './cii-lines';
import { readSettlement } from './cii-settlement';
import { date, dts, ram, rams, rsm } from './cii-syntax';

export { CII_NS, RAM, UDT, QDT, CII_TO_VAT_POINT_CODE } from './cii-syntax';

/**
 * Reads a UN/CEFACT CII D16B CrossIndustryInvoice tree (also the XML of Factur-X/ZUGFeRD) into the
 * model, following the EN 16931-3-3 syntax binding. Tolerant, like the UBL reader.
 */
export function readCii(root: XmlElement, rec: Recorder): Invoice {
  const ctx = rsm(root, 'ExchangedDocumentContext');
  const doc = rsm(root, 'ExchangedDocument');
  const tx = rsm(root, 'SupplyChainTradeTransaction');
  const agreement = ram(tx, 'ApplicableHeaderTradeAgreement');
  const delivery = ram(tx, 'ApplicableHeaderTradeDelivery');
  const settlement = ram(tx, 'ApplicableHeaderTradeSettlement');

  let el = ram(doc, 'TypeCode');
  const typeCode = req(el);
  const inv = emptyInvoice(kindOfTypeCode(typeCode));
  inv.typeCode = typeCode;
  rec('', 'BG-0', root);
  rec('', 'BT-3', el);
  el = ram(doc, 'ID');
  inv.number = req(el);
  rec('', 'BT-1', el);
  el = dts(ram(doc, 'IssueDateTime'));
  inv.issueDate = date(el) ?? '';
  rec('', 'BT-2', el);
  rams(doc, 'IncludedNote').forEach((n, i) => {
    const p = `BG-1[${i + 1}]/`;
    rec('', `BG-1[${i + 1}]`, n);
    const content = ram(n, 'Content');
    const subject = ram(n, 'SubjectCode');
    const note: InvoiceNote = { text: req(content) };
    put(note, 'subjectCode', text(subject));
    inv.notes.push(note);
    rec(p, 'BT-22', content);
    rec(p, 'BT-21', subject);
  });
  rec('', 'BG-2', ctx);
  el = ram(ram(ctx, 'BusinessProcessSpecifiedDocumentContextParameter'), 'ID');
  put(inv.processControl, 'businessProcessType', text(el));
  rec('', 'BT-23', el);
  el = ram(ram(ctx, 'GuidelineSpecifiedDocumentContextParameter'), 'ID');
  inv.processControl.specificationIdentifier = req(el);
  rec('', 'BT-24', el);

  readAgreement(inv, agreement, rec);
  readDelivery(inv, delivery, rec);
  readSettlement(inv, settlement, rec);
  rams(tx, 'IncludedSupplyChainTradeLineItem').forEach((line, i) => {
    rec('', `BG-25[${i + 1}]`, line);
    inv.lines.push(readLine(line, `BG-25[${i + 1}]/`, rec));
  });
  return inv;
}
