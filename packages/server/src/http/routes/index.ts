import type { AppContext } from '../../context';
import type { App } from '../app';
import { registerAuthRoutes } from './auth';
import { registerHealthRoutes } from './health';
import { registerMeRoutes } from './me';

/** The route table: every feature registers its routes here. */
export function registerRoutes(app: App, ctx: AppContext): void {
  registerHealthRoutes(app, ctx);
  registerAuthRoutes(app, ctx);
  registerMeRoutes(app, ctx);
}
