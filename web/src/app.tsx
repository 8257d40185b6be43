import { AppHeader } from './components/app-header.js';
import { matchPath, useLocation } from './lib/router.js';
import { CommitmentsPage } from './pages/commitments-page.js';
import { DocumentPage } from './pages/document-page.js';
import { DocumentsPage } from './pages/documents-page.js';
import { NotFoundPage } from './pages/not-found-page.js';
import { OverviewPage } from './pages/overview-page.js';
import { RelationshipPage } from './pages/relationship-page.js';
import { SearchPage } from './pages/search-page.js';

/** Picks the page for the URL; every page reads its state from the path and query, so a shared URL reloads it. */
function Page(props: { path: string; query: URLSearchParams }) {
  const { path, query } = props;
  if (path === '/' || path === '') return <OverviewPage />;
  const relationship = matchPath('/relationship/:pair', path);
  if (relationship)
    return <RelationshipPage pair={relationship.pair ?? ''} indicator={query.get('indicator')} />;
  if (path === '/commitments') {
    return <CommitmentsPage parties={query.get('parties')} sector={query.get('sector')} />;
  }
  const document = matchPath('/documents/:id', path);
  if (document) return <DocumentPage id={document.id ?? ''} highlight={query.get('highlight')} />;
  if (path === '/documents')
    return <DocumentsPage outlet={query.get('outlet')} cursor={query.get('cursor')} />;
  if (path === '/search') return <SearchPage q={query.get('q') ?? ''} />;
  return <NotFoundPage path={path} />;
}

/** The dashboard: a header and the page the URL names. */
export function App() {
  const { path, query } = useLocation();
  return (
    <>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader path={path} query={path === '/search' ? (query.get('q') ?? '') : ''} />
      <main id="main" tabIndex={-1}>
        <Page path={path} query={query} />
      </main>
    </>
  );
}
