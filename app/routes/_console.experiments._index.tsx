import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useNavigate } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ExperimentForm, NEW_EXPERIMENT } from "~/components/experiments/experiment-form";
import { StatusBadge } from "~/components/experiments/status-badge";
import { Button } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/utils/session.server";
import { callOrThrow, serverCaller } from "~/utils/trpc.server";
import { trpc } from "~/utils/trpc";

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireRole(request, ["admin", "analyst", "content_editor", "ops_manager"]);
  const caller = await serverCaller(request);
  const [experiments, metrics, scripts] = await Promise.all([callOrThrow(caller.experiments.list()), callOrThrow(caller.experiments.metrics()), callOrThrow(caller.scripts.list({}))]);
  return { experiments, metrics, scriptKeys: scripts.map((s) => s.key), canEdit: user.role !== "ops_manager" };
}

export default function ExperimentsPage() {
  const { t, i18n } = useTranslation("experiments");
  const { experiments, metrics, scriptKeys, canEdit } = useLoaderData<typeof loader>();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const create = trpc.experiments.create.useMutation({ onSuccess: (r) => navigate(`/experiments/${r.key}`) });
  const metricLabel = (key: string) => metrics.find((m) => m.key === key)?.label[i18n.language === "en" ? "en" : "zh-CN"] ?? key;
  return (
    <div className="mx-auto max-w-7xl">
      <PageHeader title={t("title")} subtitle={t("subtitle")} actions={canEdit && !creating ? <Button variant="primary" onClick={() => setCreating(true)} data-testid="new-experiment">+ {t("new")}</Button> : null} />
      {creating ? <div className="mb-6"><ExperimentForm initial={NEW_EXPERIMENT} metrics={metrics} scriptKeys={scriptKeys} lockedKey={false} pending={create.isPending} error={create.error?.message ?? null} onSubmit={(input) => create.mutate(input)} onCancel={() => setCreating(false)} /></div> : null}
      {experiments.length === 0 ? <EmptyState title={t("empty")} /> : (
        <div className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="w-full text-sm" data-testid="experiments-table">
            <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-500">
              <tr><th className="px-4 py-2">{t("col.name")}</th><th className="px-4 py-2">{t("col.target")}</th><th className="px-4 py-2">{t("col.status")}</th><th className="px-4 py-2">{t("col.goal")}</th><th className="px-4 py-2 text-right">{t("col.exposed")}</th><th className="px-4 py-2">{t("col.owner")}</th></tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {experiments.map((e) => (
                <tr key={e.key} className="hover:bg-slate-50">
                  <td className="px-4 py-2"><Link to={`/experiments/${e.key}`} className="font-medium text-brand-700 hover:underline">{e.name}</Link><div className="font-mono text-xs text-slate-400">{e.key}</div></td>
                  <td className="px-4 py-2 font-mono text-xs text-slate-600">{e.targetScriptKey ?? "experiment_split"}</td>
                  <td className="px-4 py-2"><StatusBadge status={e.status} /></td>
                  <td className="px-4 py-2 text-slate-600">{metricLabel(e.goalMetric)}</td>
                  <td className="px-4 py-2 text-right tabular-nums">{e.exposed.toLocaleString(i18n.language)}</td>
                  <td className="px-4 py-2 text-slate-600">{e.owner ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
