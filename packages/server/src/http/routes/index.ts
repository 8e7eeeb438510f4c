import type { AppContext } from '../../context';
import type { App } from '../app';
import { registerAccountLinkRoutes } from './account-links';
import { registerAdminDirectoryRoutes } from './admin-directory';
import { registerAttachmentRoutes } from './attachments';
import { registerAuthRoutes } from './auth';
import { registerDevOutboxRoutes } from './dev-outbox';
import { registerDirectoryRoutes } from './directory';
import { registerFluxRoutes } from './fluxes';
import { registerHealthRoutes } from './health';
import { registerInvoiceRoutes } from './invoices';
import { registerMaintenanceRoutes } from './maintenance';
import { registerNotificationRoutes } from './notifications';
import { registerPdfDepositRoutes } from './pdf-deposits';
import { registerMeRoutes } from './me';
import { registerMeSecurityRoutes } from './me-security';
import { registerLegacyImportRoutes } from './legacy-import';
import { registerNewsRoutes } from './news';
import { registerStructureMemberRoutes } from './structure-members';
import { registerStructureServiceRoutes } from './structure-services';
import { registerStructureRoutes } from './structures';

/** The route table: every feature registers its routes here. */
export function registerRoutes(app: App, ctx: AppContext): void {
  registerHealthRoutes(app, ctx);
  registerAuthRoutes(app, ctx);
  registerAccountLinkRoutes(app, ctx);
  registerMeRoutes(app, ctx);
  registerMeSecurityRoutes(app, ctx);
  registerDevOutboxRoutes(app, ctx);
  registerStructureRoutes(app, ctx);
  registerStructureMemberRoutes(app, ctx);
  registerStructureServiceRoutes(app, ctx);
  registerLegacyImportRoutes(app, ctx);
  registerNewsRoutes(app, ctx);
  registerDirectoryRoutes(app, ctx);
  registerAdminDirectoryRoutes(app, ctx);
  registerInvoiceRoutes(app, ctx);
  registerAttachmentRoutes(app, ctx);
  registerFluxRoutes(app, ctx);
  registerNotificationRoutes(app, ctx);
  registerPdfDepositRoutes(app, ctx);
  registerMaintenanceRoutes(app, ctx);
}
