// A column's classification as a badge with words (and a border style per kind), never colour alone.
import { usePageTexts } from '../../i18n/page-texts.js';
import { CATALOG_TEXTS } from './catalog-texts.js';
import { BADGED, type Classification } from './catalog-types.js';

export function ClassificationBadge({ kind }: { kind: Classification }) {
  const text = usePageTexts(CATALOG_TEXTS);
  if (kind === 'none') return null;
  return <span className={`utrecht-data-badge ggm-badge ggm-badge--${kind}`}>{text(`badge.${kind}`)}</span>;
}

/** The distinct classifications of a table's columns, strongest first. */
export function TableBadges({ kinds }: { kinds: readonly Classification[] }) {
  const present = BADGED.filter((k) => kinds.includes(k));
  return (
    <span className="ggm-badges">
      {present.map((k) => (
        <ClassificationBadge key={k} kind={k} />
      ))}
    </span>
  );
}
