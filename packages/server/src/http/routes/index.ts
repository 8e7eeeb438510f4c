import type { AppContext } from '../../context';
import type { App } from '../app';
import { registerHealthRoutes } from './health';

/** The route table: every feature registers its routes here. */
export function registerRoutes(app: App, ctx: AppContext): void {
  registerHealthRoutes(app, ctx);
}
