import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { formatDateTime, formatNumber, formatPercent } from "~/utils/format";
import { trpc } from "~/utils/trpc";

type ModelRow = {
  version: number;
  created_at: string;
  created_by: string | null;
  phrase_count: number;
  duration_ms: number;
  active: number;
  accuracy: { overall: number; byLocale: Record<string, number> };
};

/** Version history with rollback: activating an older version swaps the live model at once. */
export function ModelsTable({ models, canManage, onChanged }: { models: ModelRow[]; canManage: boolean; onChanged: () => void }) {
  const { t, i18n } = useTranslation("nlu");
  const lang = i18n.language;
  const activate = trpc.nlu.models.activate.useMutation({ onSuccess: onChanged });
  return (
    <Card className="overflow-hidden">
      <h2 className="border-b border-slate-100 px-4 py-3 text-sm font-semibold text-slate-900">{t("models.title")}</h2>
      {activate.error ? <p role="alert" className="bg-red-50 px-4 py-2 text-sm text-red-700">{activate.error.message}</p> : null}
      <table className="w-full text-left text-sm" data-testid="models-table">
        <thead className="bg-slate-50 text-xs uppercase text-slate-500">
          <tr>
            <th className="px-4 py-2">{t("models.version")}</th>
            <th className="px-4 py-2">{t("models.createdAt")}</th>
            <th className="px-4 py-2">{t("models.createdBy")}</th>
            <th className="px-4 py-2 text-right">{t("models.phrases")}</th>
            <th className="px-4 py-2 text-right">{t("models.duration")}</th>
            <th className="px-4 py-2 text-right">{t("models.accuracy")}</th>
            <th className="px-4 py-2" />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {models.map((model) => (
            <tr key={model.version} data-testid={`model-row-${model.version}`}>
              <td className="px-4 py-2 font-mono text-slate-800">v{model.version}</td>
              <td className="px-4 py-2 text-slate-600">{formatDateTime(model.created_at, lang)}</td>
              <td className="px-4 py-2 text-slate-600">{model.created_by ?? t("models.system")}</td>
              <td className="px-4 py-2 text-right font-mono tabular-nums">{formatNumber(model.phrase_count, lang)}</td>
              <td className="px-4 py-2 text-right font-mono tabular-nums">{formatNumber(model.duration_ms / 1000, lang, 1)} s</td>
              <td className="px-4 py-2 text-right font-mono tabular-nums" title={Object.entries(model.accuracy.byLocale).map(([l, a]) => `${l} ${formatPercent(a, lang)}`).join(" · ")}>
                {formatPercent(model.accuracy.overall, lang)}
              </td>
              <td className="px-4 py-2 text-right">
                {model.active ? (
                  <span className="rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-700">{t("models.active")}</span>
                ) : canManage ? (
                  <Button
                    size="sm"
                    disabled={activate.isPending}
                    onClick={() => {
                      if (window.confirm(t("models.confirmActivate", { version: model.version }))) activate.mutate({ version: model.version });
                    }}
                  >
                    {t("models.activate")}
                  </Button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
