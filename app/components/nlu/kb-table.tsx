import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { formatDateTime } from "~/utils/format";
import { trpc } from "~/utils/trpc";
import type { KbEntry } from "./types";

export function KbTable({ entries, canEdit, onEdit, onChanged }: {
  entries: KbEntry[];
  canEdit: boolean;
  onEdit: (entry: KbEntry) => void;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation("nlu");
  const toggle = trpc.nlu.kb.setEnabled.useMutation({ onSuccess: onChanged });
  const remove = trpc.nlu.kb.delete.useMutation({ onSuccess: onChanged });
  const error = toggle.error ?? remove.error;
  return (
    <Card className="overflow-hidden">
      {error ? <p role="alert" className="bg-red-50 px-4 py-2 text-sm text-red-700">{error.message}</p> : null}
      <table className="w-full table-fixed text-left text-sm" data-testid="kb-table">
        <thead className="bg-slate-50 text-xs uppercase text-slate-500">
          <tr>
            <th className="w-[38%] px-4 py-2">{t("kb.question")}</th>
            <th className="px-4 py-2">{t("kb.answer")}</th>
            <th className="w-24 px-4 py-2">{t("kb.locale")}</th>
            <th className={canEdit ? "w-48 px-4 py-2" : "w-24 px-4 py-2"} />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {entries.map((entry) => (
            <tr key={entry.id} className={entry.enabled ? "" : "bg-slate-50/60 text-slate-400"} data-testid="kb-row">
              <td className="px-4 py-2 align-top">
                <p className={`font-medium ${entry.enabled ? "text-slate-800" : "text-slate-500"}`}>{entry.question}</p>
                <p className="mt-0.5 truncate text-xs text-slate-500" title={entry.alternatives.join(" · ")}>
                  {entry.alternatives.length ? t("kb.alternativesCount", { count: entry.alternatives.length }) + " · " + entry.alternatives.join(" · ") : ""}
                </p>
                <div className="mt-1 flex flex-wrap gap-1">
                  {entry.tags.map((tag) => (
                    <span key={tag} className="rounded bg-slate-100 px-1.5 py-0.5 text-[10px] text-slate-600">{tag}</span>
                  ))}
                </div>
              </td>
              <td className="px-4 py-2 align-top">
                <p className="line-clamp-3 text-slate-600">{entry.answer}</p>
                <p className="mt-1 text-[11px] text-slate-400">
                  {t("kb.updatedAt")} {formatDateTime(entry.updated_at, i18n.language)}{entry.updated_by ? ` · ${entry.updated_by}` : ""}
                </p>
              </td>
              <td className="px-4 py-2 align-top">
                <span className="text-xs text-slate-600">{t(`locales.${entry.locale}`)}</span>
                <span className={`mt-1 block w-fit rounded-full px-2 py-0.5 text-[10px] ${entry.enabled ? "bg-emerald-50 text-emerald-700" : "bg-slate-200 text-slate-500"}`}>
                  {entry.enabled ? t("kb.enabled") : t("kb.disabled")}
                </span>
              </td>
              <td className="space-x-1 whitespace-nowrap px-4 py-2 text-right align-top">
                {canEdit ? (
                  <>
                    <Button size="sm" onClick={() => onEdit(entry)}>{t("kb.edit")}</Button>
                    <Button size="sm" onClick={() => toggle.mutate({ id: entry.id, enabled: !entry.enabled })}>
                      {entry.enabled ? t("kb.disable") : t("kb.enable")}
                    </Button>
                    <Button size="sm" variant="danger" onClick={() => {
                      if (window.confirm(t("kb.confirmDelete", { question: entry.question }))) remove.mutate({ id: entry.id });
                    }}>
                      {t("kb.delete")}
                    </Button>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
