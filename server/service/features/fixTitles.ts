/** A quick-fix title longer than this is cut off in the light bulb menu of a usual editor width. */
const TITLE_ROOM = 70;

const ARN = /arn:[^\s,"'()]+/g;
const UUID = /([0-9a-f]{8})-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const ACCOUNT = /^(arn:[^:]*:[^:]*:[^:]*:)\d{12}(:)/;

/**
 * Titles that name whole ARNs, shortened so that the part that differs (the resource) stays in view:
 * UUIDs keep their first 8 digits, then the account goes. The edit still writes the whole ARN. When
 * shortening would make two of the titles the same, those keep their full text.
 */
export function shortenFixTitles(titles: readonly string[]): string[] {
  const short = titles.map((title) => (title.length > TITLE_ROOM ? shortenArns(title) : title));
  return short.map((title, i) => (short.some((other, j) => j !== i && other === title && titles[j] !== titles[i]) ? titles[i] : title));
}

function shortenArns(title: string): string {
  const withShortIds = title.replace(ARN, (arn) => arn.replace(UUID, '$1…'));
  if (withShortIds.length <= TITLE_ROOM) return withShortIds;
  return withShortIds.replace(ARN, (arn) => arn.replace(ACCOUNT, '$1…$2'));
}
