import type { Entity } from '../types.js';
import type { EntitySummary } from './store.js';

/** One stored entity of one document, as every store reads it (in document id, then position, order). */
export interface EntityRow {
  document_id: string;
  key: string;
  type: Entity['type'];
  name: string;
  aliases: string[];
  role: string | null;
  country: string | null;
  mentions: number;
}

export interface EntityFilter {
  type?: string | undefined;
  name?: string | undefined;
  limit?: number | undefined;
}

/**
 * Entities across documents, most documents first, then most mentions, then by name; the first row of an
 * entity gives its name and country. `summarizeEntities(rows, { name: 'SCO' })` finds it by an alias.
 */
export function summarizeEntities(rows: Iterable<EntityRow>, filter: EntityFilter): EntitySummary[] {
  const byKey = new Map<string, EntitySummary & { seen: Set<string> }>();
  for (const row of rows) {
    let summary = byKey.get(row.key);
    if (!summary) {
      summary = {
        id: row.key,
        type: row.type,
        name: row.name,
        aliases: [],
        roles: [],
        country: row.country,
        documents: 0,
        mentions: 0,
        seen: new Set(),
      };
      byKey.set(row.key, summary);
    }
    if (!summary.seen.has(row.document_id)) {
      summary.seen.add(row.document_id);
      summary.documents++;
    }
    summary.mentions += row.mentions;
    for (const alias of row.aliases) if (!summary.aliases.includes(alias)) summary.aliases.push(alias);
    if (row.role && !summary.roles.includes(row.role)) summary.roles.push(row.role);
  }
  const wanted = filter.name?.toLowerCase();
  const out = [...byKey.values()]
    .filter(
      (e) => !wanted || e.name.toLowerCase() === wanted || e.aliases.some((a) => a.toLowerCase() === wanted),
    )
    .sort((a, b) => b.documents - a.documents || b.mentions - a.mentions || a.name.localeCompare(b.name))
    .map(({ seen: _seen, ...summary }) => summary);
  return filter.limit === undefined ? out : out.slice(0, filter.limit);
}
