import { Type } from '@sinclair/typebox';
import type { TrackedCommitment as Tracked } from '../../knowledge/commitment-status.js';
import { trackCommitments } from '../../knowledge/track-commitments.js';
import type { RoutePlugin } from '../_context.js';
import { sendPage } from '../csv.js';
import { pageOf, readParties } from '../pagination.js';
import { filterParams, IsoDate, listParams, listResponses, StringEnum } from '../schemas/common.js';
import { TrackedCommitment } from '../schemas/knowledge.js';

const STATUSES = ['not yet rated', 'in the works', 'stalled', 'kept', 'compromise', 'broken'] as const;

const Query = Type.Object({
  parties: filterParams.parties,
  status: Type.Optional(StringEnum(STATUSES)),
  sector: Type.Optional(Type.String({ minLength: 1, maxLength: 100, examples: ['education'] })),
  today: Type.Optional(IsoDate('the date deadlines are judged against (default: today)')),
  sort: Type.Optional(
    StringEnum(['published', '-published', 'status'], {
      default: 'published',
      description: 'oldest promise first, newest first, or by status',
    }),
  ),
  ...listParams,
});

const published = (t: Tracked) => t.commitment.published ?? '';
const SORTS: Record<string, (a: Tracked, b: Tracked) => number> = {
  published: (a, b) => published(a).localeCompare(published(b)),
  '-published': (a, b) => published(b).localeCompare(published(a)),
  status: (a, b) => STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status),
};

/** GET /api/commitments: what was promised, by whom, by when, and its status as later reports tell it. */
export const commitmentRoutes: RoutePlugin = async (app, { store }) => {
  app.get(
    '/api/commitments',
    {
      schema: {
        summary: 'Commitments with their status over time',
        tags: ['records'],
        querystring: Query,
        response: listResponses(TrackedCommitment),
      },
    },
    async (request, reply) => {
      const { parties, status, sector, sort = 'published' } = request.query;
      const today = request.query.today ?? new Date().toISOString().slice(0, 10);
      const sectorWanted = sector?.toLowerCase();
      const tracked = (await trackCommitments(store, { parties: readParties(parties), today }))
        .filter((t) => !status || t.status === status)
        .filter((t) => !sectorWanted || t.commitment.sectors.includes(sectorWanted));
      // A stable sort keeps the store's order (oldest document first) among equals.
      tracked.sort(SORTS[sort]);
      return sendPage(request, reply, pageOf(tracked, request.query));
    },
  );
};
