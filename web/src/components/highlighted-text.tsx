import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { type RecordHighlight, textBlocks } from '../lib/highlights.js';
import { segmentText } from '../lib/segments.js';
import { RecordMark } from './record-mark.js';

/**
 * A document's clean text, one paragraph a block, with every record's span in a <mark> built as DOM nodes from the
 * offsets: the text itself is only ever a text node, so markup in a report stays inert.
 */
export function HighlightedText(props: {
  text: string;
  highlights: RecordHighlight[];
  selected: string | null;
  onSelect: (record: string) => void;
}) {
  const { text, highlights, selected, onSelect } = props;
  const root = useRef<HTMLDivElement>(null);
  const blocks = useMemo(() => {
    return textBlocks(text).map((block) => {
      const inside = highlights
        .filter((h) => h.start < block.end && h.end > block.start)
        .map((h) => ({
          ...h,
          start: Math.max(h.start, block.start) - block.start,
          end: Math.min(h.end, block.end) - block.start,
        }));
      const segments = segmentText(text.slice(block.start, block.end), inside);
      return { block, segments };
    });
  }, [text, highlights]);

  useEffect(() => {
    if (!selected) return;
    const first = root.current?.querySelector<HTMLElement>(`[data-record="${CSS.escape(selected)}"]`);
    if (first && document.activeElement !== first) {
      // On a phone the record opens as a sheet over the lower half: bring the mark to the upper part (scroll-margin).
      const isPhone = window.matchMedia('(max-width: 700px)').matches;
      first.scrollIntoView({ block: isPhone ? 'start' : 'center' });
      first.focus({ preventScroll: true });
    }
  }, [selected]);

  const tabbable = new Set<string>();
  return (
    <div class="reader-text" ref={root}>
      {blocks.map(({ block, segments }) => (
        <p key={block.start}>
          {segments.map((segment) => {
            let node: ComponentChildren = segment.text;
            // Innermost first, so the outermost highlight wraps the rest.
            for (const h of [...segment.highlights].reverse()) {
              const first = !tabbable.has(h.id);
              tabbable.add(h.id);
              const record = h.record;
              node = (
                <RecordMark highlight={h} isActive={record === selected} isFirst={first} onSelect={onSelect}>
                  {node}
                </RecordMark>
              );
            }
            return <span key={segment.start}>{node}</span>;
          })}
        </p>
      ))}
    </div>
  );
}
