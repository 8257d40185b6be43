/**
 * The product as users run it: benchmarks load Accord's compiled modules from dist/ (built by `npm run bench`),
 * typed by their sources, so that what is timed is the shipped JavaScript, not a development transform.
 */
import type * as CreateDocument from '../src/documents/create-document.js';
import type * as DetectLanguage from '../src/documents/detect-language.js';
import type * as Brief from '../src/knowledge/brief.js';
import type * as Series from '../src/knowledge/series.js';
import type * as Targets from '../src/knowledge/targets.js';
import type * as Extract from '../src/pipeline/extract.js';
import type * as RunIngest from '../src/pipeline/run-ingest.js';
import type * as BriefMarkdown from '../src/report/brief-markdown.js';
import type * as App from '../src/server/app.js';
import type * as Sources from '../src/sources/index.js';
import type * as DropSchema from '../src/store/postgres/drop-schema.js';
import type * as PostgresStore from '../src/store/postgres/postgres-store.js';
import type * as SqliteStore from '../src/store/sqlite/sqlite-store.js';

const dist = new URL('../dist/', import.meta.url).href;

async function load<T>(path: string): Promise<T> {
  return (await import(`${dist}${path}`)) as T;
}

export const { createDocument } = await load<typeof CreateDocument>('documents/create-document.js');
export const { loadLanguageDetector } = await load<typeof DetectLanguage>('documents/detect-language.js');
export const { extractFigures } = await load<typeof Extract>('pipeline/extract.js');
export const { runIngest } = await load<typeof RunIngest>('pipeline/run-ingest.js');
export const { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } = await load<typeof Sources>('sources/index.js');
export const { openSqliteStore } = await load<typeof SqliteStore>('store/sqlite/sqlite-store.js');
export const { openPostgresStore } = await load<typeof PostgresStore>('store/postgres/postgres-store.js');
export const { dropPostgresSchema } = await load<typeof DropSchema>('store/postgres/drop-schema.js');
export const { buildBrief } = await load<typeof Brief>('knowledge/brief.js');
export const { buildSeries } = await load<typeof Series>('knowledge/series.js');
export const { trackTargets } = await load<typeof Targets>('knowledge/targets.js');
export const { renderBriefMarkdown } = await load<typeof BriefMarkdown>('report/brief-markdown.js');
export const { buildServer } = await load<typeof App>('server/app.js');
