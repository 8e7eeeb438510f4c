import { validateInvoice, writeUbl, type Invoice } from '@chorale/einvoice';
import type { ErrorDetail } from '../../errors';

/**
 * Runs the core package's EN 16931 validation (schema + business rules) on the model as it will be
 * sent, through its UBL rendering: the same validator every path of intake goes through.
 * Findings get the form field they concern where the rule says which, so the form can show them
 * beside it with the rule ID.
 */
const FIELD_OF_RULE: Record<string, string> = {
  'BR-02': 'number',
  'BR-03': 'issueDate',
  'BR-05': 'currency',
  'BR-07': 'recipient.identifier',
  'BR-16': 'lines',
  'BR-CO-25': 'dueDate',
  'BR-61': 'iban',
  'BR-S-02': 'supplier.vatNumber',
  'BR-CO-26': 'supplier.vatNumber',
  'BR-E-10': 'exemptionReason',
  'BR-O-10': 'exemptionReason',
};

function fieldOf(rule: string): string | undefined {
  if (FIELD_OF_RULE[rule]) return FIELD_OF_RULE[rule];
  if (/^BR-(2[1-7]|4[1-2]|CO-(4|15|16|17))$/.test(rule)) return 'lines';
  if (/^BR-(S|Z|E|AE|K|G|O|IC|IG|IP)-\d+$/.test(rule)) return 'lines';
  return undefined;
}

export async function checkEn16931(model: Invoice): Promise<ErrorDetail[]> {
  const report = await validateInvoice(new TextEncoder().encode(writeUbl(model)));
  return report.findings
    .filter((f) => f.severity === 'fatal')
    .map((f) => {
      const field = fieldOf(f.rule);
      return {
        rule: f.rule,
        message: f.message,
        ...(field ? { field } : {}),
        ...(f.location ? { location: f.location } : {}),
        ...(f.value ? { value: f.value } : {}),
      };
    });
}
