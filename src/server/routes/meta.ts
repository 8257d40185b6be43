import { Type } from '@sinclair/typebox';
import type { RoutePlugin } from '../_context.js';

/** GET /api/health and GET /api/openapi.json: whether the server answers, and what it answers. */
export const metaRoutes: RoutePlugin = async (app, { store }) => {
  app.get(
    '/api/health',
    {
      schema: {
        summary: 'The server answers, and how many documents its store holds',
        tags: ['meta'],
        response: { 200: Type.Object({ ok: Type.Boolean(), documents: Type.Integer() }) },
      },
    },
    async () => ({ ok: true, documents: await store.countDocuments() }),
  );

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
};
