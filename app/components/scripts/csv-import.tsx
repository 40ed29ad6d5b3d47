import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { inputClass } from "~/components/ui/field";
import { trpc } from "~/utils/trpc";

type Result = { ok: boolean; applied: boolean; errors: { line: number; column?: string; message: string }[]; plan: { create: string[]; update: { key: string }[]; unchanged: string[] } | null };

/** Pick a file → dry run shows what would change (or every error with its line) → apply all or nothing. */
export function CsvImport({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation("scripts");
  const [csv, setCsv] = useState<string | null>(null);
  const [note, setNote] = useState("CSV import");
  const [result, setResult] = useState<Result | null>(null);
  const run = trpc.scripts.importCsv.useMutation({
    onSuccess: (r) => {
      setResult(r);
      if (r.applied) onImported();
    },
  });
  return (
    <Card className="mb-4 space-y-3 p-4" >
      <div>
        <h2 className="text-sm font-semibold text-slate-700">{t("import.title")}</h2>
        <p className="mt-1 text-xs text-slate-500">{t("import.hint")}</p>
      </div>
      <div className="flex flex-wrap items-end gap-2">
        <label className="text-xs">
          <span className="mb-0.5 block font-medium text-slate-600">{t("import.file")}</span>
          <input type="file" accept=".csv,text/csv" className="text-xs" data-testid="csv-file" onChange={async (e) => { const file = e.target.files?.[0]; setResult(null); setCsv(file ? await file.text() : null); }} />
        </label>
        <input className={`${inputClass} w-48`} value={note} onChange={(e) => setNote(e.target.value)} aria-label={t("import.note")} />
        <Button disabled={!csv || run.isPending} onClick={() => csv && run.mutate({ csv, apply: false, note })} data-testid="csv-dry-run">{t("import.dryRun")}</Button>
        <Button variant="primary" disabled={!csv || !result?.ok || result.applied || run.isPending} onClick={() => csv && run.mutate({ csv, apply: true, note })} data-testid="csv-apply">{t("import.apply")}</Button>
      </div>
      {result && !result.ok ? (
        <div className="rounded-md bg-red-50 p-2 text-xs text-red-700" data-testid="csv-errors">
          <p className="font-medium">{t("import.errors")}</p>
          <ul className="mt-1 list-inside list-disc">{result.errors.map((e, i) => <li key={i}>{e.line > 0 ? `${t("import.line", { line: e.line })}: ` : ""}{e.column ? `[${e.column}] ` : ""}{e.message}</li>)}</ul>
        </div>
      ) : null}
      {result?.plan ? (
        <div className="grid gap-2 text-xs sm:grid-cols-3" data-testid="csv-plan">
          {([["create", result.plan.create], ["update", result.plan.update.map((u) => u.key)], ["unchanged", result.plan.unchanged]] as const).map(([kind, keys]) => (
            <div key={kind} className="rounded-md border border-slate-200 p-2">
              <p className="font-medium text-slate-600">{t(`import.${kind}`)} ({keys.length})</p>
              <p className="mt-1 line-clamp-3 font-mono text-[11px] text-slate-500">{keys.join(", ")}</p>
            </div>
          ))}
        </div>
      ) : null}
      {result?.applied && result.plan ? <p className="text-xs text-emerald-700">{t("import.done", { create: result.plan.create.length, update: result.plan.update.length })}</p> : null}
    </Card>
  );
}
