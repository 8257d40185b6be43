import type { DocumentDetail } from '../api/types.js';
import { formatDate } from '../lib/format.js';

/** Only web addresses become links: a source such as "javascript:..." stays text. */
function isWebAddress(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

/** A document's title and where it came from. */
export function DocumentHeader(props: { doc: DocumentDetail }) {
  const { doc } = props;
  return (
    <header class="document-header">
      <h1>{doc.title ?? 'Untitled document'}</h1>
      <p class="muted">
        {doc.outlet ?? 'unknown outlet'} · {formatDate(doc.published)}
        {doc.author ? ` · ${doc.author}` : ''} · {doc.lang ?? '?'} ·{' '}
        {isWebAddress(doc.source) ? (
          <a href={doc.source} rel="noopener noreferrer nofollow" target="_blank">
            source
          </a>
        ) : (
          <span class="source-path">{doc.source}</span>
        )}
      </p>
    </header>
  );
}
