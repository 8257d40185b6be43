import type { ComponentChildren } from 'preact';
import type { RecordHighlight } from '../lib/highlights.js';

/** One highlighted span: focusable (the first piece of each span), Enter or Space selects its record. */
export function RecordMark(props: {
  highlight: RecordHighlight;
  isActive: boolean;
  isFirst: boolean;
  onSelect: (record: string) => void;
  children: ComponentChildren;
}) {
  const { highlight, isActive, isFirst, onSelect, children } = props;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      event.stopPropagation();
      onSelect(highlight.record);
    }
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a highlight is a <mark> (see below).
    <mark
      class={`hl hl--${highlight.type}${isActive ? ' hl--active' : ''}`}
      data-highlight={highlight.id}
      data-record={highlight.record}
      // A highlight is a <mark>, and cannot be a <button>: highlights nest (a figure inside a commitment).
      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: see above.
      role="button"
      tabIndex={isFirst ? 0 : -1}
      aria-pressed={isActive}
      onClick={(event) => {
        event.stopPropagation();
        onSelect(highlight.record);
      }}
      onKeyDown={onKeyDown}
    >
      {children}
    </mark>
  );
}
