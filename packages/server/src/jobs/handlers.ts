import type { AppContext } from '../context';
import { SEND_MAIL_JOB, sendMailHandler } from '../mail/mailer';
import { DIRECTORY_IMPORT_JOB, directoryImportHandler } from './directory-import';
import { FLUX_INTEGRATION_JOB, fluxIntegrationHandler } from './flux-integration';
import { PDF_DEPOSIT_OCR_JOB, pdfDepositOcrHandler } from './pdf-deposit-ocr';
import type { JobHandler } from './worker';

/** Every durable job the portal knows, by stable name. */
export function createJobHandlers(ctx: Omit<AppContext, 'worker'>): Record<string, JobHandler> {
  return {
    [SEND_MAIL_JOB]: sendMailHandler(ctx.mailer),
    [DIRECTORY_IMPORT_JOB]: directoryImportHandler(ctx),
    [FLUX_INTEGRATION_JOB]: fluxIntegrationHandler(ctx),
    [PDF_DEPOSIT_OCR_JOB]: pdfDepositOcrHandler(ctx),
  };
}
