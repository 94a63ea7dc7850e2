import { formatDate } from "../../../lib/format-date";
import type { Lang } from "../../../lib/url-state";

/** A milestone's date with its year, a range as "from – to". */
export function dateSpan(date: string, endDate: string | null | undefined, lang: Lang): string {
  return endDate && endDate !== date
    ? `${formatDate(date, lang)} – ${formatDate(endDate, lang)}`
    : formatDate(date, lang);
}
