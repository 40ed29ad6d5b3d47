import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData, useRevalidator, useSearchParams } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { requireKnowledgeAccess } from "~/components/nlu/access.server";
import { KbEntryForm } from "~/components/nlu/kb-entry-form";
import { KbTable } from "~/components/nlu/kb-table";
import { KbTestBox } from "~/components/nlu/kb-test-box";
import type { KbEntry } from "~/components/nlu/types";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { EmptyState } from "~/components/ui/empty-state";
import { inputClass } from "~/components/ui/field";
import { PageHeader } from "~/components/ui/page-header";
import { callOrThrow, serverCaller } from "~/utils/trpc.server";

const filterSchema = z.object({ locale: z.enum(["zh-CN", "en"]).optional().catch(undefined), q: z.string().max(100).optional().catch(undefined) });

export async function loader({ request }: LoaderFunctionArgs) {
  const { canEdit } = await requireKnowledgeAccess(request);
  const filter = filterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const caller = await serverCaller(request);
  const list = await callOrThrow(caller.nlu.kb.list({ locale: filter.locale, search: filter.q }));
  return { ...list, canEdit };
}

export default function KnowledgePage() {
  const { t, i18n } = useTranslation("nlu");
  const { entries, canEdit } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const revalidator = useRevalidator();
  const [editing, setEditing] = useState<KbEntry | "new" | null>(null);
  const refresh = () => revalidator.revalidate();
  return (
    <div className="mx-auto max-w-7xl">
      <PageHeader
        title={t("kb.title")}
        subtitle={t("kb.subtitle")}
        actions={canEdit && editing === null ? <Button variant="primary" onClick={() => setEditing("new")} data-testid="kb-new">+ {t("kb.new")}</Button> : null}
      />
      {!canEdit ? <p className="mb-4 text-sm text-slate-500">{t("kb.readOnly")}</p> : null}
      {editing !== null ? (
        <KbEntryForm
          key={editing === "new" ? "new" : editing.id}
          entry={editing === "new" ? null : editing}
          onCancel={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            refresh();
          }}
        />
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="space-y-3">
          <Card className="p-3">
            <Form method="get" className="flex flex-wrap gap-2" data-testid="kb-filters">
              <input name="q" defaultValue={params.get("q") ?? ""} placeholder={t("kb.search")} className={`${inputClass} max-w-sm`} />
              <select name="locale" defaultValue={params.get("locale") ?? ""} className="rounded-md border border-slate-300 px-2 py-1.5 text-sm" aria-label={t("kb.locale")}>
                <option value="">{t("kb.allLocales")}</option>
                <option value="zh-CN">{t("locales.zh-CN")}</option>
                <option value="en">{t("locales.en")}</option>
              </select>
              <Button type="submit">{t("kb.testSubmit")}</Button>
            </Form>
          </Card>
          {entries.length === 0 ? <EmptyState title={t("kb.empty")} /> : <KbTable entries={entries} canEdit={canEdit} onEdit={setEditing} onChanged={refresh} />}
        </div>
        <div>
          <KbTestBox defaultLocale={i18n.language.startsWith("zh") ? "zh-CN" : "en"} />
        </div>
      </div>
    </div>
  );
}
