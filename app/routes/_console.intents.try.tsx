import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireIntentsAccess } from "~/components/nlu/access.server";
import { TryItBox } from "~/components/nlu/try-it-box";
import { PageHeader } from "~/components/ui/page-header";
import { callOrThrow, serverCaller } from "~/utils/trpc.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireIntentsAccess(request);
  const caller = await serverCaller(request);
  const { intents } = await callOrThrow(caller.nlu.intents.list());
  return { labels: Object.fromEntries(intents.map((intent) => [intent.name, { zh: intent.label_zh, en: intent.label_en }])) };
}

export default function TryItPage() {
  const { t } = useTranslation("nlu");
  const { labels } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-3xl">
      <Link to="/intents" className="text-sm text-brand-600 hover:underline">← {t("intents.back")}</Link>
      <PageHeader title={t("try.title")} subtitle={t("try.subtitle")} />
      <TryItBox labels={labels} />
    </div>
  );
}
