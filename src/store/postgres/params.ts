/** Numbered parameters for a query built piece by piece: `const p = createParams(); \`id = ${p(id)}\``. */
export interface Params {
  (value: unknown): string;
  readonly values: unknown[];
}

export function createParams(): Params {
  const values: unknown[] = [];
  const add = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  return Object.assign(add, { values });
}

/**
 * LIMIT and OFFSET as SQLite reads them: a missing or negative limit is no limit (null in PostgreSQL), a
 * missing or negative offset is none. `pageOf({ limit: -1 })` is `{ limit: null, offset: 0 }`.
 */
export function pageOf(filter: { limit?: number | undefined; offset?: number | undefined }): {
  limit: number | null;
  offset: number;
} {
  const limit = filter.limit === undefined || filter.limit < 0 ? null : Math.floor(filter.limit);
  const offset = filter.offset === undefined || filter.offset < 0 ? 0 : Math.floor(filter.offset);
  return { limit, offset };
}
