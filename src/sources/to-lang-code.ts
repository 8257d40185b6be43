// A language tag whose primary subtag has two letters. Matches `en-US`, `ru`, `zh_CN`; not `fil`, `x-klingon` or `e`.
const LANG_TAG = /^([a-z]{2})(?:[-_][a-z0-9]+)*$/i;

/** ISO 639-1 code of a declared language tag, or null: `toLangCode('en-US')` is "en", `toLangCode('fil')` null. */
export function toLangCode(tag: string | null | undefined): string | null {
  const match = tag ? LANG_TAG.exec(tag.trim()) : null;
  return match?.[1] ? match[1].toLowerCase() : null;
}
