import type { MilestoneTiming } from "../gql/graphql";
import { useT } from "../lib/i18n";
import "./history-badges.css";

/** What a milestone's date means: deadline, start, point, period or recurring. */
export function TimingBadge({ timing }: { timing: MilestoneTiming }) {
  const t = useT();
  return (
    <span
      className={`badge badge-timing timing-${timing.toLowerCase()}`}
      data-timing={timing}
      title={t(`timingHint.${timing}`)}
    >
      {t(`timing.${timing}`)}
    </span>
  );
}
