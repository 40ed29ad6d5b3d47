import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ScriptDiff } from "../../../server/scripts/diff";
import { Button } from "~/components/ui/button";
import { formatDateTime } from "~/utils/format";
import { trpc } from "~/utils/trpc";

type Version = { version: number; note: string; publishedAt: string; publishedBy: string | null };

/** Versions newest first, each with a readable diff against the one before, and restore. */
export function HistoryPanel({ scriptKey, versions, canEdit, onRestored }: { scriptKey: string; versions: Version[]; canEdit: boolean; onRestored: (version: number) => void }) {
  const { t, i18n } = useTranslation("scripts");
  const [open, setOpen] = useState<number | null>(null);
  const restore = trpc.scripts.restore.useMutation({ onSuccess: (r) => onRestored(r.version) });
  if (versions.length === 0) return <p className="text-xs text-slate-500">{t("history.noVersions")}</p>;
  return (
    <ol className="space-y-2" data-testid="history">
      {versions.map((v) => (
        <li key={v.version} className="rounded-md border border-slate-200 p-2 text-xs">
          <div className="flex items-center justify-between gap-2">
            <span className="font-semibold text-slate-700">{t("history.version", { version: v.version })}</span>
            <span className="text-slate-400">{formatDateTime(v.publishedAt, i18n.language)}{v.publishedBy ? ` · ${t("history.by", { name: v.publishedBy })}` : ""}</span>
          </div>
          <p className="mt-0.5 text-slate-600">{v.note}</p>
          <div className="mt-1 flex gap-1">
            {v.version > 1 ? <Button size="sm" variant="ghost" onClick={() => setOpen(open === v.version ? null : v.version)}>{open === v.version ? t("history.hideDiff") : t("history.diff")}</Button> : null}
            {canEdit && v.version !== versions[0].version ? (
              <Button size="sm" variant="ghost" disabled={restore.isPending} onClick={() => restore.mutate({ key: scriptKey, version: v.version })} data-testid={`restore-${v.version}`}>{t("history.restore")}</Button>
            ) : null}
          </div>
          {open === v.version ? <DiffView scriptKey={scriptKey} from={v.version - 1} to={v.version} /> : null}
        </li>
      ))}
    </ol>
  );
}

function DiffView({ scriptKey, from, to }: { scriptKey: string; from: number; to: number }) {
  const { t } = useTranslation("scripts");
  const diff = trpc.scripts.diff.useQuery({ key: scriptKey, from, to });
  if (!diff.data) return null;
  return <div className="mt-2 space-y-1.5">{renderDiff(diff.data, t)}</div>;
}

function renderDiff(diff: ScriptDiff, t: (key: string) => string) {
  return diff.variants.map((change) => (
    <div key={`${change.change}-${change.address}`} className="rounded bg-slate-50 p-1.5">
      <span className="font-mono text-[10px] text-slate-500">{change.address} · {t(`history.${change.change}`)}</span>
      <p className="mt-0.5 whitespace-pre-wrap leading-relaxed">
        {change.change === "changed" && change.text
          ? change.text.map((part, i) => (
              <span key={i} className={part.op === "insert" ? "bg-emerald-100 text-emerald-900" : part.op === "delete" ? "bg-red-100 text-red-800 line-through" : ""}>{part.value}</span>
            ))
          : change.change === "added"
            ? <span className="bg-emerald-100 text-emerald-900">{change.after.text}</span>
            : change.change === "removed"
              ? <span className="bg-red-100 text-red-800 line-through">{change.before.text}</span>
              : change.after.text}
      </p>
    </div>
  ));
}
