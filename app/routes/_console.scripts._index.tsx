import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigate, useRevalidator, useSearchParams } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CsvImport } from "~/components/scripts/csv-import";
import { Button } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { inputClass } from "~/components/ui/field";

const filterInput = inputClass.replace("block w-full", "inline-block");
import { PageHeader } from "~/components/ui/page-header";
import { formatDateTime } from "~/utils/format";
import { requireRole } from "~/utils/session.server";
import { callOrThrow, serverCaller } from "~/utils/trpc.server";
import { trpc } from "~/utils/trpc";

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireRole(request, ["admin", "content_editor", "ops_manager", "analyst"]);
  const url = new URL(request.url);
  const filter = {
    search: url.searchParams.get("q") || undefined,
    tag: url.searchParams.get("tag") || undefined,
    locale: (["zh-CN", "en"] as const).find((l) => l === url.searchParams.get("locale")),
    missingCoverage: url.searchParams.get("gaps") === "1" || undefined,
    hasDraft: url.searchParams.get("drafts") === "1" ? true : undefined,
  };
  const caller = await serverCaller(request);
  const [scripts, all] = await Promise.all([callOrThrow(caller.scripts.list(filter)), callOrThrow(caller.scripts.list({}))]);
  return { scripts, tags: [...new Set(all.flatMap((s) => s.tags))].sort(), canEdit: user.role === "admin" || user.role === "content_editor" };
}

export default function ScriptsPage() {
  const { t, i18n } = useTranslation("scripts");
  const { scripts, tags, canEdit } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const revalidator = useRevalidator();
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [key, setKey] = useState("");
  const [description, setDescription] = useState("");
  const create = trpc.scripts.create.useMutation({ onSuccess: (r) => navigate(`/scripts/${r.key}`) });
  return (
    <div className="mx-auto max-w-7xl">
      <PageHeader
        title={t("title")}
        subtitle={t("subtitle")}
        actions={
          <>
            <a href="/scripts/export.csv" className="text-sm font-medium text-brand-600 hover:underline" data-testid="export-csv">{t("exportCsv")}</a>
            {canEdit ? <Button onClick={() => setImporting(!importing)} data-testid="import-csv">{t("importCsv")}</Button> : null}
            {canEdit ? <Button variant="primary" onClick={() => setCreating(true)} data-testid="new-script">+ {t("new")}</Button> : null}
          </>
        }
      />
      {!canEdit ? <p className="mb-4 text-sm text-slate-500">{t("readOnly")}</p> : null}
      {importing ? <CsvImport onImported={() => revalidator.revalidate()} /> : null}
      {creating ? (
        <div className="mb-4 flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <label className="text-sm"><span className="mb-1 block font-medium text-slate-700">{t("newKey")}</span><input className={`${inputClass} w-64 font-mono`} value={key} onChange={(e) => setKey(e.target.value)} placeholder="refund.ask_order" data-testid="new-key" /></label>
          <label className="flex-1 text-sm"><span className="mb-1 block font-medium text-slate-700">{t("newDescription")}</span><input className={inputClass} value={description} onChange={(e) => setDescription(e.target.value)} /></label>
          <Button variant="primary" disabled={create.isPending} onClick={() => create.mutate({ key, description })} data-testid="create-script">{t("create")}</Button>
          <Button variant="ghost" onClick={() => setCreating(false)}>{t("cancel")}</Button>
          <p className="w-full text-xs text-slate-500">{create.error ? <span className="text-red-600">{create.error.message}</span> : t("newKeyHint")}</p>
        </div>
      ) : null}
      <Form method="get" replace className="mb-4 flex flex-wrap items-center gap-2" onChange={(e) => { if ((e.target as HTMLElement).tagName !== "INPUT" || (e.target as HTMLInputElement).type === "checkbox") (e.currentTarget as HTMLFormElement).requestSubmit(); }}>
        <input name="q" defaultValue={params.get("q") ?? ""} placeholder={t("search")} className={`${filterInput} w-72`} data-testid="script-search" />
        <select name="tag" defaultValue={params.get("tag") ?? ""} className={`${filterInput} w-40`}>
          <option value="">{t("allTags")}</option>
          {tags.map((tag) => <option key={tag} value={tag}>{tag}</option>)}
        </select>
        <select name="locale" defaultValue={params.get("locale") ?? ""} className={`${filterInput} w-36`}>
          <option value="">{t("allLocales")}</option>
          <option value="zh-CN">{t("locales.zh-CN")}</option>
          <option value="en">{t("locales.en")}</option>
        </select>
        <label className="flex items-center gap-1.5 text-sm text-slate-600"><input type="checkbox" name="gaps" value="1" defaultChecked={params.get("gaps") === "1"} />{t("missingOnly")}</label>
        <label className="flex items-center gap-1.5 text-sm text-slate-600"><input type="checkbox" name="drafts" value="1" defaultChecked={params.get("drafts") === "1"} />{t("draftOnly")}</label>
      </Form>
      {scripts.length === 0 ? <EmptyState title={t("empty")} body={t("emptyBody")} /> : (
        <div className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="w-full text-sm" data-testid="scripts-table">
            <thead className="bg-slate-50 text-left text-xs font-medium uppercase tracking-wide text-slate-500">
              <tr><th className="px-4 py-2">{t("columns.key")}</th><th className="px-4 py-2">{t("columns.text")}</th><th className="px-4 py-2">{t("columns.variants")}</th><th className="px-4 py-2">{t("columns.coverage")}</th><th className="px-4 py-2">{t("columns.version")}</th><th className="px-4 py-2">{t("columns.updated")}</th></tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {scripts.map((s) => (
                <tr key={s.key} className="hover:bg-slate-50">
                  <td className="px-4 py-2 align-top">
                    <Link to={`/scripts/${s.key}`} className="font-mono text-[13px] font-medium text-brand-700 hover:underline">{s.key}</Link>
                    <p className="text-xs text-slate-500">{s.description}</p>
                    <div className="mt-1 flex flex-wrap gap-1">{s.tags.map((tag) => <span key={tag} className="rounded bg-slate-100 px-1.5 py-0.5 text-[10px] text-slate-600">{tag}</span>)}</div>
                  </td>
                  <td className="max-w-md px-4 py-2 align-top text-slate-700"><p className="line-clamp-2">{s.preview}</p></td>
                  <td className="px-4 py-2 align-top text-slate-600">{s.variants}<span className="ml-1 text-xs text-slate-400">{s.locales.map((l) => t(`locales.${l}`)).join(" · ")}</span></td>
                  <td className="px-4 py-2 align-top">
                    <div className="flex h-2 w-28 overflow-hidden rounded-full bg-slate-100" title={t("coverageCell", s.coverage)}>
                      <span className="bg-emerald-500" style={{ width: `${(s.coverage.own / s.coverage.cells) * 100}%` }} />
                      <span className="bg-amber-400" style={{ width: `${(s.coverage.fallback / s.coverage.cells) * 100}%` }} />
                      <span className="bg-red-400" style={{ width: `${(s.coverage.missing / s.coverage.cells) * 100}%` }} />
                    </div>
                    <p className="mt-1 text-[11px] text-slate-500">{t("coverageCell", s.coverage)}</p>
                  </td>
                  <td className="px-4 py-2 align-top text-xs">
                    {s.publishedVersion ? <span className="text-slate-700">v{s.publishedVersion}</span> : <span className="text-slate-400">{t("neverPublished")}</span>}
                    {s.hasDraft ? <span className="ml-1 rounded-full bg-amber-50 px-1.5 py-0.5 text-amber-700">{t("draft")}</span> : null}
                  </td>
                  <td className="px-4 py-2 align-top text-xs text-slate-500">{formatDateTime(s.updatedAt, i18n.language)}{s.updatedBy ? <p>{s.updatedBy}</p> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
