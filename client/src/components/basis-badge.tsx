import type { DependencyBasis } from "../gql/graphql";
import { useT } from "../lib/i18n";

/** What a cross-department dependency rests on: stated, via a system (named), or inferred. */
export function BasisBadge({ basis, viaSystem }: { basis: DependencyBasis; viaSystem?: { name: string } | null }) {
  const t = useT();
  const label =
    basis === "VIA_SYSTEM"
      ? viaSystem
        ? t("basis.VIA_SYSTEM", { system: viaSystem.name })
        : t("basis.VIA_SYSTEM.short")
      : t(`basis.${basis}`);
  return (
    <span
      className={`badge badge-basis basis-${basis.toLowerCase().replace("_", "-")}`}
      title={t(`basis.${basis}.help`)}
      data-basis={basis}
    >
      {label}
    </span>
  );
}
