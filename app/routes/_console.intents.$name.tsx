import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useRevalidator } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireIntentsAccess } from "~/components/nlu/access.server";
import { BulkAddPhrases } from "~/components/nlu/bulk-add-phrases";
import { PhraseList } from "~/components/nlu/phrase-list";
import { RetrainPanel } from "~/components/nlu/retrain-panel";
import { PageHeader } from "~/components/ui/page-header";
import { callOrThrow, serverCaller } from "~/utils/trpc.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { canManage } = await requireIntentsAccess(request);
  const caller = await serverCaller(request);
  const name = params.name ?? "";
  if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new Response("Not found", { status: 404 });
  const [detail, list] = await Promise.all([callOrThrow(caller.nlu.intents.get({ name })), callOrThrow(caller.nlu.intents.list())]);
  return { ...detail, activeVersion: list.activeVersion, runningJob: list.runningJob, canManage };
}

export default function IntentDetailPage() {
  const { t, i18n } = useTranslation("nlu");
  const { intent, phrases, activeVersion, runningJob, canManage } = useLoaderData<typeof loader>();
  const revalidator = useRevalidator();
  const refresh = () => revalidator.revalidate();
  const zh = i18n.language.startsWith("zh");
  return (
    <div className="mx-auto max-w-7xl">
      <Link to="/intents" className="text-sm text-brand-600 hover:underline">← {t("intents.back")}</Link>
      <PageHeader
        title={`${zh ? intent.label_zh : intent.label_en}`}
        subtitle={[intent.name, intent.description].filter(Boolean).join(" · ")}
      />
      <div className="mb-4 rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm">
        <RetrainPanel activeVersion={activeVersion} runningJobId={runningJob?.id ?? null} canManage={canManage} onFinished={refresh} />
      </div>
      <div className={`grid gap-6 ${canManage ? "lg:grid-cols-3" : "lg:grid-cols-2"}`}>
        <PhraseList
          title={t("intents.phrasesZh")}
          testId="phrases-zh-CN"
          phrases={phrases.filter((phrase) => phrase.locale === "zh-CN")}
          canManage={canManage}
          onChanged={refresh}
        />
        <PhraseList
          title={t("intents.phrasesEn")}
          testId="phrases-en"
          phrases={phrases.filter((phrase) => phrase.locale === "en")}
          canManage={canManage}
          onChanged={refresh}
        />
        {canManage ? <BulkAddPhrases intent={intent.name} onAdded={refresh} /> : null}
      </div>
    </div>
  );
}
