/**
 * A value of a word table by key, own keys only: `ownValue(ACTIONS, 'constructor')` is undefined, where
 * `ACTIONS['constructor']` is Object's constructor function. Tables looked up with words of a report go
 * through this, so that "the constructor of a bridge" finds no action in the prototype chain. Most words are in
 * no table: a miss answers from the plain lookup, and only a hit asks whether the key is the table's own.
 */
export function ownValue<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  const value = table[key];
  return value !== undefined && Object.hasOwn(table, key) ? value : undefined;
}
