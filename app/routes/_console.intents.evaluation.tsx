import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireIntentsAccess } from "~/components/nlu/access.server";
import { ConfusionMatrix } from "~/components/nlu/confusion-matrix";
import { IntentMetricsTable } from "~/components/nlu/intent-metrics-table";
import { Card } from "~/components/ui/card";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { formatPercent } from "~/utils/format";
import { callOrThrow, serverCaller } from "~/utils/trpc.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireIntentsAccess(request);
  const caller = await serverCaller(request);
  const [evaluation, list] = await Promise.all([callOrThrow(caller.nlu.evaluation()), callOrThrow(caller.nlu.intents.list())]);
  const labels = Object.fromEntries(list.intents.map((intent) => [intent.name, { zh: intent.label_zh, en: intent.label_en }]));
  return { ...evaluation, labels };
}

function Stat({ label, value, detail, testId }: { label: string; value: string; detail: string; testId: string }) {
  return (
    <Card className="p-4">
      <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</p>
      <p className="mt-1 text-2xl font-semibold tabular-nums text-slate-900" data-testid={testId}>{value}</p>
      <p className="mt-0.5 text-xs text-slate-500">{detail}</p>
    </Card>
  );
}

export default function EvaluationPage() {
  const { t, i18n } = useTranslation("nlu");
  const { version, metrics, labels } = useLoaderData<typeof loader>();
  const lang = i18n.language;
  const back = <Link to="/intents" className="text-sm text-brand-600 hover:underline">← {t("intents.back")}</Link>;
  if (version === null || metrics.overall.n === 0) {
    return (
      <div className="mx-auto max-w-6xl">
        {back}
        <PageHeader title={t("evaluation.title")} />
        <EmptyState title={t("evaluation.noModel")} />
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-7xl">
      {back}
      <PageHeader title={t("evaluation.title")} subtitle={t("evaluation.subtitle", { version, folds: metrics.folds })} />
      <div className="mb-6 grid gap-4 sm:grid-cols-3">
        <Stat testId="accuracy-overall" label={t("evaluation.overall")} value={formatPercent(metrics.overall.accuracy, lang)}
          detail={t("evaluation.phrasesEvaluated", { count: metrics.overall.n })} />
        {metrics.locales.map((row) => (
          <Stat key={row.locale} testId={`accuracy-${row.locale}`} label={t(`locales.${row.locale}`)} value={formatPercent(row.accuracy, lang)}
            detail={t("evaluation.phrasesEvaluated", { count: row.n })} />
        ))}
      </div>
      <div className="grid gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <IntentMetricsTable rows={metrics.perIntent} labels={labels} />
        <Card className="p-4">
          <h2 className="text-sm font-semibold text-slate-900">{t("evaluation.confusion")}</h2>
          <p className="mb-3 mt-0.5 text-xs text-slate-500">{t("evaluation.confusionHint")}</p>
          <ConfusionMatrix confusion={metrics.confusion} labels={labels} />
        </Card>
      </div>
    </div>
  );
}
