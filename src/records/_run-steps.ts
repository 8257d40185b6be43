/**
 * Runs a record stage's ordered steps on one draft until a step drops it. A step must not throw on text; if one
 * does, the draft is dropped with the reason, never the document. Returns the reason, or null when kept:
 * `runSteps(steps, draft, env)` is null for a commitment every step accepted.
 */
export function runSteps<D extends { dropped: string | null }, E>(
  steps: ReadonlyArray<{ run(draft: D, env: E): void }>,
  draft: D,
  env: E,
): string | null {
  try {
    for (const step of steps) {
      step.run(draft, env);
      if (draft.dropped) break;
    }
  } catch (error) {
    draft.dropped = `failed: ${error instanceof Error ? error.message : String(error)}`;
  }
  return draft.dropped;
}
