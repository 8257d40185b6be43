import { type Static, type TSchema, Type } from '@sinclair/typebox';

/**
 * Building blocks shared by every route's schemas. The same TypeBox objects validate requests, serialize responses
 * and describe the API in /api/openapi.json, so the three cannot drift apart.
 */

/**
 * A value or null: `Nullable(Type.String())` is `{"type": ["string", "null"]}` (JSON Schema, OpenAPI 3.1). Objects
 * too: a type list serializes several times faster than `anyOf` (fast-json-stringify tries each branch of an anyOf).
 */
export function Nullable<T extends TSchema>(schema: T) {
  const type = (schema as { type?: unknown }).type;
  if (typeof type === 'string') return Type.Unsafe<Static<T> | null>({ ...schema, type: [type, 'null'] });
  return Type.Union([schema, Type.Null()]);
}

/**
 * One of a few strings, as a plain JSON Schema enum (one clear error, "must be one of ...", where a union of literals
 * gives one error per literal): `StringEnum(['actual', 'target'])`.
 */
export function StringEnum<const T extends readonly string[]>(
  values: T,
  options: { description?: string; default?: T[number] } = {},
) {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
}

/** Largest page a list returns. */
export const MAX_LIMIT = 500;
/** Page size when `limit` is not given. */
export const DEFAULT_LIMIT = 50;

// Matches "2024-07-03"; not "2024-7-3" or "03.07.2024".
const ISO_DATE = '^\\d{4}-\\d{2}-\\d{2}$';
// Matches "KZ,CN", "kz, cn" and "CN;KZ"; not "KAZ" or "K1".
const PARTIES = '^\\s*[A-Za-z]{2}(\\s*[,;]\\s*[A-Za-z]{2})*\\s*$';

export const IsoDate = (description: string) =>
  Type.String({ pattern: ISO_DATE, description, examples: ['2024-07-03'] });

/** Query parameters of every list: page size, cursor, and CSV instead of JSON. */
export const listParams = {
  limit: Type.Integer({
    minimum: 1,
    maximum: MAX_LIMIT,
    default: DEFAULT_LIMIT,
    description: `items per page, 1 to ${MAX_LIMIT}`,
  }),
  cursor: Type.Optional(
    Type.String({ minLength: 1, maxLength: 1000, description: 'the `next` of the previous page' }),
  ),
  format: Type.Optional(
    StringEnum(['json', 'csv'], { description: 'csv for a CSV page (as `Accept: text/csv`)' }),
  ),
};

/** The filters named as the CLI's. */
export const filterParams = {
  parties: Type.Optional(
    Type.String({ pattern: PARTIES, description: 'ISO country codes, comma-separated', examples: ['KZ,CN'] }),
  ),
  indicator: Type.Optional(
    Type.String({ minLength: 1, maxLength: 100, description: 'taxonomy code', examples: ['trade.total'] }),
  ),
  since: Type.Optional(IsoDate('on or after')),
  until: Type.Optional(IsoDate('on or before')),
  outlet: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'outlet name, exact' })),
  tolerance: Type.Optional(
    Type.Number({
      minimum: 0,
      exclusiveMaximum: 10,
      default: 0.05,
      description: 'relative spread above which sources conflict',
    }),
  ),
};

/** A list page: the items and the cursor of the next page, null on the last. */
export function Page<T extends TSchema>(item: T) {
  return Type.Object({
    items: Type.Array(item),
    next: Nullable(Type.String({ description: 'pass as `cursor` for the next page; null on the last' })),
  });
}

/** One bad parameter of a request that failed validation. */
export const InvalidParam = Type.Object({
  name: Type.String(),
  in: Type.String({ description: 'query, path, body or header' }),
  message: Type.String(),
});

/** RFC 9457 problem details: every error the API returns, as application/problem+json. */
export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    instance: Type.String(),
    errors: Type.Optional(Type.Array(InvalidParam)),
  },
  { description: 'RFC 9457 problem details' },
);
export type Problem = Static<typeof Problem>;

/** How every error is described in the OpenAPI document, and serialized: as application/problem+json. */
const ProblemResponse = {
  description: 'RFC 9457 problem details',
  content: { 'application/problem+json': { schema: Problem } },
};

/** The error responses every route declares. */
export const problemResponses = { '4xx': ProblemResponse, '5xx': ProblemResponse };

/** The response schemas of a list route: its page as JSON or (on request) CSV, and problems. */
export function listResponses<T extends TSchema>(item: T) {
  return {
    200: {
      description: 'a page of the list; `format=csv` or `Accept: text/csv` for CSV',
      content: {
        'application/json': { schema: Page(item) },
        'text/csv': { schema: Type.String({ description: 'the same page as CSV, header row first' }) },
      },
    },
    ...problemResponses,
  };
}
