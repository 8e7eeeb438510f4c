/**
 * Reading the rule files shipped in `resources/` (the CEN and Factur-X Schematron, code lists):
 * trusted files, read once per process into trees that live as long as it.
 */
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { parseXml } from '../xml/parse';
import type { XmlElement, XmlLimits } from '../xml/types';

let pretenuringOff = false;

/**
 * Turns off V8's allocation-site pretenuring for the whole process (once). V8 watches each object
 * and array literal, and once most of what one creates outlives a minor collection, it makes that
 * literal's later objects directly in the old generation. The rule files become long-lived trees
 * and decimals through the same code every invoice runs; once V8 had decided so, each invoice's
 * short-lived objects went to the old generation, and a validation took up to twice as long, with
 * full collections every few hundred invoices. Which processes it struck depended on when their
 * collections fell. Without pretenuring, what a validation makes is reclaimed young.
 *
 * Every rule file is read after this (`readRuleTree`). The parser, the data model and the rules'
 * decimal constants also keep off literals (see `ParsedElement` in xml/scanner.ts), which alone
 * prevented it in most processes, and still would should a flag set at run time be ignored.
 * A long-running process that validates invoices should call this when it starts, before its own
 * long-lived objects have led V8 to decide anything.
 */
export function keepInvoicesYoung(): void {
  if (pretenuringOff) return;
  setFlagsFromString('--no-allocation-site-pretenuring');
  pretenuringOff = true;
}

/** A rule file's root element; throws when the file cannot be read (the package is broken). */
export function readRuleTree(path: string, limits: Partial<XmlLimits> = {}): XmlElement {
  keepInvoicesYoung();
  const parsed = parseXml(readFileSync(path), { maxDepth: 32, ...limits });
  if (!parsed.ok) throw new Error(`cannot read ${path}: ${parsed.findings[0]?.message.en ?? ''}`);
  return parsed.doc.root;
}
