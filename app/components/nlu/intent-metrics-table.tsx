import { useTranslation } from "react-i18next";
import { Card } from "~/components/ui/card";
import { formatPercent } from "~/utils/format";
import { intentLabel, type IntentLabels, type Metrics } from "./types";

function tone(value: number): string {
  if (value >= 0.9) return "text-emerald-700";
  if (value >= 0.75) return "text-amber-700";
  return "text-red-700";
}

export function IntentMetricsTable({ rows, labels }: { rows: Metrics["perIntent"]; labels: IntentLabels }) {
  const { t, i18n } = useTranslation("nlu");
  const lang = i18n.language;
  return (
    <Card className="overflow-hidden">
      <h2 className="border-b border-slate-100 px-4 py-3 text-sm font-semibold text-slate-900">{t("evaluation.perIntent")}</h2>
      <table className="w-full text-left text-sm" data-testid="intent-metrics">
        <thead className="bg-slate-50 text-xs uppercase text-slate-500">
          <tr>
            <th className="px-4 py-2">{t("intents.name")}</th>
            <th className="px-4 py-2 text-right">{t("evaluation.precision")}</th>
            <th className="px-4 py-2 text-right">{t("evaluation.recall")}</th>
            <th className="px-4 py-2 text-right">{t("evaluation.f1")}</th>
            <th className="px-4 py-2 text-right">{t("evaluation.support")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.intent}>
              <td className="px-4 py-1.5">
                <span className="text-slate-800">{intentLabel(labels, row.intent, lang)}</span>{" "}
                <code className="text-xs text-slate-400">{row.intent}</code>
              </td>
              <td className={`px-4 py-1.5 text-right font-mono tabular-nums ${tone(row.precision)}`}>{formatPercent(row.precision, lang)}</td>
              <td className={`px-4 py-1.5 text-right font-mono tabular-nums ${tone(row.recall)}`}>{formatPercent(row.recall, lang)}</td>
              <td className={`px-4 py-1.5 text-right font-mono font-medium tabular-nums ${tone(row.f1)}`}>{formatPercent(row.f1, lang)}</td>
              <td className="px-4 py-1.5 text-right font-mono tabular-nums text-slate-500">{row.support}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
