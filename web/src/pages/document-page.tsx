import { useMemo } from 'preact/hooks';
import { apiUrl, getJson, useLoad } from '../api/client.js';
import type { DocumentDetail } from '../api/types.js';
import { DocumentHeader } from '../components/document-header.js';
import { HighlightedText } from '../components/highlighted-text.js';
import { LoadedView } from '../components/loaded-view.js';
import { MarkLegend } from '../components/mark-legend.js';
import { RecordPanel } from '../components/record-panel.js';
import { documentHighlights } from '../lib/highlights.js';
import { navigate, withQuery } from '../lib/router.js';

function Reader(props: { doc: DocumentDetail; highlight: string | null }) {
  const { doc, highlight } = props;
  const highlights = useMemo(() => documentHighlights(doc), [doc]);
  const select = (record: string | null) =>
    navigate(withQuery(`/documents/${doc.id}`, { highlight: record }), { replace: true });
  return (
    <div class="reader">
      <article class="reader-main">
        <DocumentHeader doc={doc} />
        <MarkLegend doc={doc} />
        <HighlightedText text={doc.text} highlights={highlights} selected={highlight} onSelect={select} />
      </article>
      {highlight ? <RecordPanel doc={doc} record={highlight} onClose={() => select(null)} /> : null}
    </div>
  );
}

/** `/documents/:id?highlight=figure-3`: a report's clean text with its records marked; the highlighted one is open. */
export function DocumentPage(props: { id: string; highlight: string | null }) {
  const url = apiUrl(`documents/${encodeURIComponent(props.id)}`);
  const loaded = useLoad(url, (signal) => getJson<DocumentDetail>(url, signal));
  return (
    <LoadedView loaded={loaded} what="the document">
      {(doc) => <Reader doc={doc} highlight={props.highlight} />}
    </LoadedView>
  );
}
