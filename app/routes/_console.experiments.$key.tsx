import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useRevalidator } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ExperimentForm, type ExperimentDraft } from "~/components/experiments/experiment-form";
import { MetricTable, TimelineChart, type MetricResultView } from "~/components/experiments/results-view";
import { StatusBadge } from "~/components/experiments/status-badge";
import { Button } from "~/components/ui/button";
import { formatDateTime } from "~/utils/format";
import { requireRole } from "~/utils/session.server";
import { callOrThrow, serverCaller } from "~/utils/trpc.server";
import { trpc } from "~/utils/trpc";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user } = await requireRole(request, ["admin", "analyst", "content_editor", "ops_manager"]);
  const caller = await serverCaller(request);
  const [detail, metrics, scripts] = await Promise.all([callOrThrow(caller.experiments.get({ key: params.key ?? "" })), callOrThrow(caller.experiments.metrics()), callOrThrow(caller.scripts.list({}))]);
  return { ...detail, metrics, scriptKeys: scripts.map((s) => s.key), canEdit: user.role !== "ops_manager" };
}

export default function ExperimentPage() {
  const { t, i18n } = useTranslation("experiments");
  const { experiment: e, phases, results, metrics, scriptKeys, canEdit } = useLoaderData<typeof loader>();
  const revalidator = useRevalidator();
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [dimension, setDimension] = useState<"channel" | "tier" | "locale">("channel");
  const done = { onSuccess: () => revalidator.revalidate(), onError: (err: { message: string }) => setNotice(err.message) };
  const start = trpc.experiments.start.useMutation(done);
  const stop = trpc.experiments.stop.useMutation(done);
  const update = trpc.experiments.update.useMutation({ onSuccess: () => { setEditing(false); revalidator.revalidate(); } });
  const rollOut = trpc.experiments.rollOut.useMutation({ onSuccess: (r, input) => { setNotice(r.version ? t("detail.rolledOut", { variation: e.variations.find((v) => v.key === input.variation)?.name, version: r.version }) : null); revalidator.revalidate(); }, onError: (err) => setNotice(err.message) });
  const breakdown = trpc.experiments.breakdown.useQuery({ key: e.key, dimension }, { enabled: results !== null });
  const draft: ExperimentDraft = {
    key: e.key, name: e.name, hypothesis: e.hypothesis, targetType: e.targetType, targetScriptKey: e.targetScriptKey ?? "",
    variations: e.variations.map((v) => ({ key: v.key, name: v.name, weight: v.weight, text: v.text ?? "", scriptKey: v.scriptKey ?? "" })),
    coverage: Math.round(e.coverage * 100), condition: JSON.stringify(e.condition), goalMetric: e.goalMetric, guardrails: e.guardrails, conversionWindowHours: e.conversionWindowHours,
    engine: e.analysis.engine, sequential: e.analysis.sequential, correction: e.analysis.correction,
  };
  const goal = results?.metrics[0] as MetricResultView | undefined;
  const winner = goal?.rows.find((r) => r.verdict === "winning");
  return (
    <div className="mx-auto max-w-7xl space-y-5">
      <div>
        <Link to="/experiments" className="text-xs text-brand-600 hover:underline">← {t("title")}</Link>
        <div className="mt-1 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold text-slate-900" data-testid="exp-title">{e.name}</h1>
          <StatusBadge status={e.status} />
          {e.phase > 0 ? <span className="text-xs text-slate-500">{t("detail.phase", { phase: e.phase })}</span> : null}
          <span className="font-mono text-xs text-slate-400">{e.targetScriptKey ?? "experiment_split"}</span>
          <div className="ml-auto flex gap-2">
            {canEdit && e.status !== "stopped" && !editing ? <Button variant="ghost" onClick={() => setEditing(true)}>{t("detail.edit")}</Button> : null}
            {canEdit && e.status === "draft" ? <Button variant="primary" onClick={() => start.mutate({ key: e.key })} data-testid="exp-start">{t("detail.start")}</Button> : null}
            {canEdit && e.status === "running" ? <Button variant="secondary" onClick={() => stop.mutate({ key: e.key })} data-testid="exp-stop">{t("detail.stop")}</Button> : null}
            {canEdit && e.status !== "draft" && e.targetType === "script" && !e.decision?.version
              ? e.variations.slice(1).map((v) => <Button key={v.key} variant={winner?.key === v.key ? "primary" : "ghost"} onClick={() => rollOut.mutate({ key: e.key, variation: v.key })} data-testid={`exp-rollout-${v.key}`}>{t("detail.rollOut", { name: v.name })}</Button>)
              : null}
          </div>
        </div>
        {e.hypothesis ? <p className="mt-2 max-w-4xl text-sm text-slate-600"><span className="font-medium">{t("detail.hypothesis")}:</span> {e.hypothesis}</p> : null}
      </div>
      {notice ? <p className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800" data-testid="exp-notice">{notice}</p> : null}
      {editing ? <ExperimentForm initial={draft} metrics={metrics} scriptKeys={scriptKeys} lockedKey pending={update.isPending} error={update.error?.message ?? null} onSubmit={(input) => update.mutate({ key: e.key, experiment: input })} onCancel={() => setEditing(false)} /> : null}
      {!results ? <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-500" data-testid="exp-no-results">{t("detail.noResults")}</p> : (<>
        <div className={`rounded-md px-3 py-2 text-sm ${results.srm.warning ? "bg-red-50 text-red-800" : "bg-slate-50 text-slate-600"}`} data-testid="srm">
          {results.srm.warning ? `⚠ ${t("detail.srm", { p: results.srm.pValue.toExponential(2) })}` : t("detail.srmOk", { p: results.srm.pValue.toFixed(3) })}
          <span className={`ml-3 rounded px-1.5 py-0.5 text-xs ${results.guardrailsOk ? "bg-emerald-100 text-emerald-800" : "bg-red-100 text-red-800"}`}>{results.guardrailsOk ? t("detail.guardrailsOk") : t("detail.guardrailsFail")}</span>
        </div>
        {(results.metrics as MetricResultView[]).map((m) => <MetricTable key={m.metric.key} result={m} engine={results.engine} />)}
        <div className="grid gap-4 lg:grid-cols-2">
          <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"><h3 className="mb-2 text-sm font-semibold text-slate-800">{t("detail.cumulative")}</h3><TimelineChart timeline={results.timeline} variations={e.variations} mode="cumulative" /></section>
          <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"><h3 className="mb-2 text-sm font-semibold text-slate-800">{t("detail.daily")}</h3><TimelineChart timeline={results.timeline} variations={e.variations} mode="daily" /></section>
        </div>
        <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <div className="mb-2 flex items-center gap-3"><h3 className="text-sm font-semibold text-slate-800">{t("detail.breakdown")}</h3>
            {(["channel", "tier", "locale"] as const).map((d) => <button key={d} type="button" onClick={() => setDimension(d)} className={`rounded px-2 py-0.5 text-xs ${dimension === d ? "bg-brand-600 text-white" : "bg-slate-100 text-slate-700"}`}>{t(`dimension.${d}`)}</button>)}
          </div>
          <table className="w-full text-sm" data-testid="breakdown"><tbody className="divide-y divide-slate-100">
            {(breakdown.data ?? []).map((g) => (
              <tr key={g.value}><td className="py-1.5 pr-4 font-medium text-slate-700">{g.value}</td>
                {g.rows.map((r, i) => <td key={r.key} className="py-1.5 pr-4 tabular-nums text-slate-600">{e.variations[i]?.name}: {r.mean === null ? "—" : r.mean.toFixed(3)} <span className="text-xs text-slate-400">(n={r.users})</span></td>)}
              </tr>
            ))}
          </tbody></table>
        </section>
      </>)}
      <section className="text-xs text-slate-500">
        {phases.map((p) => <p key={p.phase}>{t("detail.phase", { phase: p.phase })}: {formatDateTime(p.startedAt, i18n.language)} → {p.endedAt ? formatDateTime(p.endedAt, i18n.language) : "…"} · {p.reason}</p>)}
        {e.decision ? <p>{t("detail.decision")}: {e.decision.action}{e.decision.variation ? ` · ${e.decision.variation}` : ""}{e.decision.version ? ` · v${e.decision.version}` : ""}</p> : null}
      </section>
    </div>
  );
}
