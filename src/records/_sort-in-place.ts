/**
 * Sorts a list in place, stably, unless it is in order already, as most lists of mentions are (they are found in
 * text order): V8's sort allocates a scratch copy of every list it sorts, a tenth of what the entity stage
 * allocated. `sortInPlace(mentions, (a, b) => a.start - b.start)`.
 */
export function sortInPlace<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < list.length; i++) {
    if (compare(list[i - 1] as T, list[i] as T) > 0) return list.sort(compare);
  }
  return list;
}
