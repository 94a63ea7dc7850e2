import type { ReactNode } from "react";
import { useT } from "../lib/i18n";

interface Department {
  id: string;
  name: string;
}

interface Props {
  className: string;
  departments: readonly Department[];
  /** The `<td>` of one cell: row's department needs col's. */
  cell: (row: Department, col: Department, r: number, c: number) => ReactNode;
  caption?: string;
  "data-include"?: string;
}

/** Departments × departments: rows need, columns provide; the cells are the caller's. */
export function DepartmentMatrix({ className, departments, cell, caption, ...rest }: Props) {
  const t = useT();
  return (
    <table className={className} {...rest}>
      {caption && <caption className="visually-hidden">{caption}</caption>}
      <thead>
        <tr>
          <th scope="col" className="corner">
            {t("matrix.rowsNeed")} ↓ / {t("matrix.colsProvide")} →
          </th>
          {departments.map((d) => (
            <th key={d.id} scope="col">
              {d.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {departments.map((row, r) => (
          <tr key={row.id}>
            <th scope="row">{row.name}</th>
            {departments.map((col, c) => cell(row, col, r, c))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
