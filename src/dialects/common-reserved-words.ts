/** Words reserved in (nearly) every engine; each dialect adds its own. Quoting one too many is harmless. */
export const COMMON_RESERVED_WORDS = `
all alter and any array as asc authorization between both by case cast check collate column constraint
create cross current current_date current_time current_timestamp current_user default delete desc
distinct drop else end except exists false fetch for foreign from full grant group having in index inner
insert intersect into is join key lateral leading left like limit localtime localtimestamp natural not
null of offset on only or order outer overlaps primary references right select session_user some table
then to trailing true union unique update user using values when where window with
`;

export function wordSet(...lists: string[]): ReadonlySet<string> {
  return new Set(
    lists
      .join(' ')
      .split(/\s+/)
      .filter((w) => w.length > 0),
  );
}
