import type { StatusOutcome } from "../gql/graphql";
import { useT } from "../lib/i18n";
import "./history-badges.css";

/** How a status line of the previous year turned out, as a coloured badge. */
export function OutcomeBadge({ outcome }: { outcome: StatusOutcome }) {
  const t = useT();
  return (
    <span className={`badge badge-outcome outcome-${outcome.toLowerCase().replace(/_/g, "-")}`} data-outcome={outcome}>
      {t(`outcome.${outcome}`)}
    </span>
  );
}
