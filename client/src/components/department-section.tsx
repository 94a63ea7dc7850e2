import type { ReactNode } from "react";
import { useT } from "../lib/i18n";

interface Props {
  /** The department the items belong to; none gives the "no department" group. */
  department: { id: string; name: string } | null | undefined;
  /** Shown next to the heading: how many items the group holds. */
  count: number;
  /** What the count counts, as a tooltip. */
  countTitle?: string;
  /** Name of the group when there is no department (default: "no department"). */
  fallbackName?: string;
  children: ReactNode;
}

/** One department's group of a result list, headed by its name and how many items it holds. */
export function DepartmentSection({ department, count, countTitle, fallbackName, children }: Props) {
  const t = useT();
  const name = department?.name ?? fallbackName ?? t("impact.noDepartment");
  return (
    <section className="dept-group" aria-label={name}>
      <h3>
        {name}{" "}
        <span className="count" title={countTitle}>
          {count}
        </span>
      </h3>
      {children}
    </section>
  );
}
