import type { DocumentDetail } from '../api/types.js';
import { countryName } from '../lib/labels.js';
import { withQuery } from '../lib/router.js';
import { Link } from './link.js';
import { RecordFields } from './record-fields.js';

/** An entity's record: who or what it is and how often this report names it. */
export function EntityRecord(props: { entity: DocumentDetail['entities'][number] }) {
  const e = props.entity;
  return (
    <>
      <h2>{e.name}</h2>
      <RecordFields
        fields={[
          ['type', e.type],
          ['role', e.role],
          ['country', e.country ? countryName(e.country) : null],
          ['also called', e.aliases.join(', ')],
          ['named here', `${e.mentions.length} ${e.mentions.length === 1 ? 'time' : 'times'}`],
        ]}
      />
      <p>
        <Link href={withQuery('/search', { q: `"${e.name.replace(/"/g, '')}"` })}>
          Other reports that name {e.name}
        </Link>
      </p>
    </>
  );
}
