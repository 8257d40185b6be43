import { useEffect, useState } from 'preact/hooks';
import { navigate, withQuery } from '../lib/router.js';

/** The search box: submitting goes to /search?q=..., a URL that can be shared. */
export function SearchForm(props: { query: string }) {
  const [value, setValue] = useState(props.query);
  useEffect(() => setValue(props.query), [props.query]);
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const q = value.trim();
    if (q) navigate(withQuery('/search', { q }));
  };
  return (
    <search class="search-form">
      <form class="search-form-inner" onSubmit={onSubmit}>
        <label class="visually-hidden" for="search-q">
          Search documents
        </label>
        <input
          id="search-q"
          type="search"
          name="q"
          placeholder="Search reports"
          value={value}
          onInput={(event) => setValue(event.currentTarget.value)}
        />
        <button type="submit">Search</button>
      </form>
    </search>
  );
}
