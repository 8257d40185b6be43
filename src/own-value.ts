/**
 * A value of a word table by key, own keys only: `ownValue(ACTIONS, 'constructor')` is undefined, where
 * `ACTIONS['constructor']` is Object's constructor function. Tables looked up with words from a report go
 * through this, so that "the constructor of a bridge" finds no action in the prototype chain.
 */
export function ownValue<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
