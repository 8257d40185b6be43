import { Link } from './link.js';
import { SearchForm } from './search-form.js';

const SECTIONS: ReadonlyArray<[string, string]> = [
  ['/', 'Overview'],
  ['/commitments', 'Commitments'],
  ['/documents', 'Documents'],
];

/** The bar on every page: the sections and a search box. */
export function AppHeader(props: { path: string; query: string }) {
  const section = (href: string) =>
    href === '/' ? props.path === '/' || props.path.startsWith('/relationship') : props.path.startsWith(href);
  return (
    <header class="app-header">
      <Link href="/" class="brand">
        Accord
      </Link>
      <nav aria-label="Sections">
        <ul class="sections">
          {SECTIONS.map(([href, label]) => (
            <li key={href}>
              <Link href={href} {...(section(href) ? { 'aria-current': 'page' as const } : {})}>
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <SearchForm query={props.query} />
    </header>
  );
}
