import { useTranslation } from "react-i18next";
import { Card } from "~/components/ui/card";
import { formatDateTime } from "~/utils/format";

type AuditRow = {
  id: number;
  at: string;
  user_email: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  summary: string | null;
  before_json: string | null;
  after_json: string | null;
};

function pretty(json: string | null): string {
  if (!json) return "—";
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
}

export function AuditTable({ rows }: { rows: AuditRow[] }) {
  const { t, i18n } = useTranslation("admin");
  return (
    <Card className="overflow-hidden">
      <table className="w-full text-left text-sm" data-testid="audit-table">
        <thead className="bg-slate-50 text-xs uppercase text-slate-500">
          <tr>
            <th className="px-4 py-2">{t("audit.when")}</th>
            <th className="px-4 py-2">{t("audit.who")}</th>
            <th className="px-4 py-2">{t("audit.action")}</th>
            <th className="px-4 py-2">{t("audit.entity")}</th>
            <th className="px-4 py-2">{t("audit.summary")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {rows.map((row) => (
            <tr key={row.id}>
              <td className="whitespace-nowrap px-4 py-2 text-slate-500">{formatDateTime(row.at, i18n.language)}</td>
              <td className="px-4 py-2">{row.user_email ?? t("audit.system")}</td>
              <td className="px-4 py-2"><code className="rounded bg-slate-100 px-1.5 py-0.5 text-xs">{row.action}</code></td>
              <td className="px-4 py-2 text-slate-600">{row.entity_type}</td>
              <td className="px-4 py-2">
                <span>{row.summary}</span>
                {row.before_json || row.after_json ? (
                  <details className="mt-1">
                    <summary className="cursor-pointer text-xs text-brand-600">{t("audit.details")}</summary>
                    <div className="mt-2 grid gap-2 md:grid-cols-2">
                      <div>
                        <p className="text-xs font-medium text-slate-500">{t("audit.before")}</p>
                        <pre className="max-h-60 overflow-auto rounded bg-slate-50 p-2 text-xs">{pretty(row.before_json)}</pre>
                      </div>
                      <div>
                        <p className="text-xs font-medium text-slate-500">{t("audit.after")}</p>
                        <pre className="max-h-60 overflow-auto rounded bg-slate-50 p-2 text-xs">{pretty(row.after_json)}</pre>
                      </div>
                    </div>
                  </details>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
