import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCii } from '../src/read/cii';
import { readInvoiceXml } from '../src/read/read-invoice';
import { noRecord } from '../src/read/source-map';
import { readUbl } from '../src/read/ubl';
import { writeCii, writeUbl } from '../src/write/index';
import { parseXml } from '../src/xml/parse';
import type { XmlElement } from '../src/xml/types';
import { CORPUS, requireShared } from './support/corpus';

const enc = new TextEncoder();

function allElements(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (el: XmlElement) => {
    out.push(el);
    el.children.forEach(walk);
  };
  walk(root);
  return out;
}

/**
 * Readers must read any tree without throwing: elements missing, repeated, emptied or moved, odd
 * attributes. Each mutated tree is read, located and written back as well-formed XML.
 */
describe('readers on mangled invoices', () => {
  const files = [
    'ubl-invoice/valid/cen__Invoice-Max_content.xml',
    'ubl-creditnote/valid/cen__CreditNote-Max_content.xml',
    'cii/valid/cen__CII_example1.xml',
  ];

  for (const file of files) {
    it(`${file}: 300 random mutations read without an exception`, () => {
      requireShared();
      const bytes = readFileSync(resolve(CORPUS, file));
      let seed = 7;
      const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
      for (let round = 0; round < 300; round++) {
        const parsed = parseXml(bytes);
        if (!parsed.ok) throw new Error('corpus file does not parse');
        const root = parsed.doc.root;
        const els = allElements(root);
        for (let k = 1 + rand(6); k > 0; k--) {
          const el = els[rand(els.length)] as XmlElement;
          const victim = el.children[rand(el.children.length || 1)];
          switch (rand(5)) {
            case 0:
              el.children = el.children.filter((c) => c !== victim);
              break;
            case 1:
              if (victim) el.children.push(victim, victim);
              break;
            case 2:
              el.text = ['', ' ', '-0.005', 'x'.repeat(1000), '2024-02-30', '#A#'][
                rand(6)
              ] as string;
              break;
            case 3:
              el.attributes = [{ name: 'schemeID', local: 'schemeID', ns: '', value: '' }];
              break;
            default:
              if (victim) (els[rand(els.length)] as XmlElement).children.push(victim);
          }
        }
        const read = root.local === 'CrossIndustryInvoice' ? readCii : readUbl;
        const inv = read(root, noRecord);
        for (const xml of [writeUbl(inv), writeCii(inv)]) {
          const back = readInvoiceXml(enc.encode(xml));
          expect(back.findings).toEqual([]);
          expect(back.sourceMap?.locateNearest('BG-25[1]/BT-129')).toBeDefined();
        }
      }
    });
  }
});
