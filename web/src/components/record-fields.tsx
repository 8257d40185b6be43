import type { ComponentChildren } from 'preact';

/** A record's fields as a definition list, skipping the empty ones. */
export function RecordFields(props: { fields: Array<[string, ComponentChildren]> }) {
  return (
    <dl class="record-fields">
      {props.fields
        .filter(([, value]) => value !== null && value !== undefined && value !== '')
        .map(([name, value]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
