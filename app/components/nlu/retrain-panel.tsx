import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { formatPercent } from "~/utils/format";
import { trpc } from "~/utils/trpc";

const RUNNING = new Set(["queued", "training", "evaluating"]);

/** The Retrain button and the live job status (polled), refreshing the page when the new model is live. */
export function RetrainPanel({
  activeVersion,
  runningJobId,
  canManage,
  onFinished,
}: {
  activeVersion: number | null;
  runningJobId: string | null;
  canManage: boolean;
  onFinished: () => void;
}) {
  const { t, i18n } = useTranslation("nlu");
  const [jobId, setJobId] = useState<string | null>(runningJobId);
  const retrain = trpc.nlu.models.retrain.useMutation({ onSuccess: ({ jobId: id }) => setJobId(id) });
  const job = trpc.nlu.models.job.useQuery(
    { jobId: jobId ?? "00000000-0000-0000-0000-000000000000" },
    {
      enabled: jobId !== null,
      staleTime: 0,
      refetchInterval: (query) => (query.state.data && !RUNNING.has(query.state.data.state) ? false : 400),
    },
  );
  const state = job.data?.state;
  const running = retrain.isPending || (state !== undefined && RUNNING.has(state));
  // Refresh the page data once per finished job, however often the parent re-renders.
  const reported = useRef<string | null>(null);
  useEffect(() => {
    if (state !== "done" || !jobId || reported.current === jobId) return;
    reported.current = jobId;
    onFinished();
  }, [state, jobId, onFinished]);

  return (
    <div className="flex flex-wrap items-center gap-3" data-testid="retrain-panel">
      <span className="text-sm text-slate-600">
        {t("intents.modelInUse")}:{" "}
        <span className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-800" data-testid="active-version">
          {activeVersion === null ? t("intents.noModel") : `v${activeVersion}`}
        </span>
      </span>
      {running && job.data ? (
        <span className="flex items-center gap-2 text-sm text-slate-600" role="status" data-testid="retrain-status" data-state={state}>
          <span className="h-1.5 w-28 overflow-hidden rounded-full bg-slate-200">
            <span className="block h-full bg-brand-500 transition-all" style={{ width: `${Math.round(job.data.progress * 100)}%` }} />
          </span>
          {t(`retrain.${job.data.state}`)}
        </span>
      ) : null}
      {state === "done" && job.data?.version ? (
        <span className="rounded-md bg-emerald-50 px-2 py-1 text-sm text-emerald-800" role="status" data-testid="retrain-status" data-state="done">
          {t("retrain.done", { version: job.data.version, accuracy: formatPercent(job.data.accuracy?.overall ?? 0, i18n.language) })}
        </span>
      ) : null}
      {state === "failed" ? (
        <span className="rounded-md bg-red-50 px-2 py-1 text-sm text-red-700" role="alert" data-testid="retrain-status" data-state="failed">
          {t("retrain.failed", { error: job.data?.error ?? "" })}
        </span>
      ) : null}
      {retrain.error ? <span role="alert" className="text-sm text-red-600">{retrain.error.message}</span> : null}
      {canManage ? (
        <Button variant="primary" onClick={() => retrain.mutate()} disabled={running} title={t("retrain.hint")} data-testid="retrain">
          {running ? t("retrain.running") : t("retrain.button")}
        </Button>
      ) : null}
    </div>
  );
}
