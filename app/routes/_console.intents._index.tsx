import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useRevalidator } from "@remix-run/react";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { requireIntentsAccess } from "~/components/nlu/access.server";
import { CreateIntentForm } from "~/components/nlu/create-intent-form";
import { IntentsTable } from "~/components/nlu/intents-table";
import { ModelsTable } from "~/components/nlu/models-table";
import { RetrainPanel } from "~/components/nlu/retrain-panel";
import { ThresholdsForm } from "~/components/nlu/thresholds-form";
import { TryItBox } from "~/components/nlu/try-it-box";
import { Button } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { callOrThrow, serverCaller } from "~/utils/trpc.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { canManage } = await requireIntentsAccess(request);
  const caller = await serverCaller(request);
  const [list, models, settings] = await Promise.all([
    callOrThrow(caller.nlu.intents.list()),
    callOrThrow(caller.nlu.models.list()),
    callOrThrow(caller.nlu.settings.get()),
  ]);
  return { ...list, models, settings, canManage };
}

export default function IntentsPage() {
  const { t } = useTranslation("nlu");
  const { intents, activeVersion, runningJob, models, settings, canManage } = useLoaderData<typeof loader>();
  const revalidator = useRevalidator();
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const revalidate = revalidator.revalidate;
  const refresh = useCallback(() => revalidate(), [revalidate]);
  const labels = Object.fromEntries(intents.map((intent) => [intent.name, { zh: intent.label_zh, en: intent.label_en }]));
  return (
    <div className="mx-auto max-w-7xl">
      <PageHeader
        title={t("intents.title")}
        subtitle={t("intents.subtitle")}
        actions={
          <>
            <Link to="/intents/try" className="text-sm font-medium text-brand-600 hover:underline">{t("intents.tryIt")}</Link>
            <Link to="/intents/evaluation" className="ml-3 text-sm font-medium text-brand-600 hover:underline" data-testid="link-evaluation">
              {t("intents.evaluation")}
            </Link>
          </>
        }
      />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm">
        <RetrainPanel activeVersion={activeVersion} runningJobId={runningJob?.id ?? null} canManage={canManage} onFinished={refresh} />
        {canManage && !creating ? (
          <Button onClick={() => setCreating(true)} data-testid="new-intent">+ {t("intents.create")}</Button>
        ) : null}
      </div>
      {!canManage ? <p className="mb-4 text-sm text-slate-500">{t("intents.readOnly")}</p> : null}
      {notice ? <p role="status" className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">{notice}</p> : null}
      {creating ? (
        <CreateIntentForm
          onCancel={() => setCreating(false)}
          onCreated={(name) => {
            setCreating(false);
            setNotice(t("intents.created", { name }));
            refresh();
          }}
        />
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-6">
          {intents.length === 0 ? <EmptyState title={t("intents.empty")} /> : <IntentsTable intents={intents} />}
          <ModelsTable models={models} canManage={canManage} onChanged={refresh} />
        </div>
        <div className="space-y-6">
          <TryItBox labels={labels} compact />
          <ThresholdsForm settings={settings} canManage={canManage} />
        </div>
      </div>
    </div>
  );
}
