import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Relationship } from '../knowledge/relationships.js';
import type { Store } from '../store/store.js';
import type { ListPage } from './csv.js';
import type { Memo } from './memo.js';

/** What every route plugin is given: the store, the write token, and the indicator labels. */
export interface RouteContext {
  store: Store;
  /** Bearer token writes need; undefined refuses every write. */
  token: string | undefined;
  /** Indicator labels by code, from the taxonomy ("trade.total" → "Total trade"). */
  labels: ReadonlyMap<string, string>;
  /** Pages of the relationships overview, shared for a short time (each counts every figure); cleared by every write. */
  overview: Memo<ListPage<Relationship>>;
}

/** A route plugin: `export const figureRoutes: RoutePlugin = async (app, { store }) => { ... }`. */
export type RoutePlugin = FastifyPluginAsyncTypebox<RouteContext>;
