/**
 * One problem found in an invoice: by a reader (malformed bytes), by a schema, or by a business rule.
 * Every path of intake reports problems in this shape, so the portal can show them next to the field
 * they concern, in the supplier's language.
 */
export type Severity = 'fatal' | 'warning';

export interface LocalizedText {
  fr: string;
  en: string;
}

export interface Finding {
  /** Official rule ID (BR-CO-10, UBL-CR-001, CII-SR-012, ...) or a Chorale code (XML-MALFORMED, SCHEMA, ...). */
  rule: string;
  severity: Severity;
  message: LocalizedText;
  /** XPath of the offending node in the source document, when known. */
  location?: string;
  /** 1-based line in the source document, when known. */
  line?: number;
  /** The offending value, when there is one. */
  value?: string;
}

export function finding(
  rule: string,
  severity: Severity,
  message: LocalizedText,
  where: Pick<Finding, 'location' | 'line' | 'value'> = {},
): Finding {
  return { rule, severity, message, ...where };
}

export function hasFatal(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'fatal');
}
