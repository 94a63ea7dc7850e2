import { Region } from "../../components/region";
import { ReportPage } from "../../features/report";
import { useT } from "../../lib/i18n";

/** The print-ready meeting report (`?view=report&plan=<id>`). */
export function ReportRoute() {
  const t = useT();
  return (
    <Region label={t("report.title")} className="report-region">
      <ReportPage />
    </Region>
  );
}
