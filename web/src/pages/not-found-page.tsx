import { Link } from '../components/link.js';

/** A URL the dashboard does not know. */
export function NotFoundPage(props: { path: string }) {
  return (
    <section>
      <h1>Not found</h1>
      <p>
        Nothing lives at <code>{props.path}</code>. <Link href="/">Back to the overview</Link>.
      </p>
    </section>
  );
}
