import { useTranslation } from "react-i18next";
import type { SchemaRow } from "./schema-rows";

export function SchemaTable({ rows }: { rows: SchemaRow[] }) {
  const { t } = useTranslation("settings");
  return (
    <table className="w-full text-left text-xs">
      <thead className="text-slate-500">
        <tr className="border-b border-slate-200">
          <th className="py-1 pr-3 font-medium">{t("api.field")}</th>
          <th className="py-1 pr-3 font-medium">{t("api.type")}</th>
          <th className="py-1 font-medium">{t("api.notes")}</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.name}>
            <td className="py-1 pr-3 align-top font-mono text-slate-800">
              {row.name}
              {row.required ? <span className="ml-1 text-red-600" title={t("api.required")}>*</span> : null}
            </td>
            <td className="py-1 pr-3 align-top font-mono text-sky-800">{row.type}</td>
            <td className="py-1 align-top text-slate-600">{[row.description, ...row.constraints].filter(Boolean).join(" · ")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
