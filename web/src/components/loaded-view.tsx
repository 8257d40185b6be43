import type { ComponentChildren } from 'preact';
import type { Loaded } from '../api/client.js';

/** Renders what a load gave: a quiet line while waiting, the error as an alert, else `children(data)`. */
export function LoadedView<T>(props: {
  loaded: Loaded<T>;
  what: string;
  children: (data: T) => ComponentChildren;
}) {
  const { loaded, what, children } = props;
  if (loaded.state === 'loading') {
    return (
      <p class="muted" aria-busy="true">
        Loading {what}…
      </p>
    );
  }
  if (loaded.state === 'error') {
    return (
      <p class="error" role="alert">
        Could not load {what}: {loaded.error}
      </p>
    );
  }
  return <>{children(loaded.data)}</>;
}
