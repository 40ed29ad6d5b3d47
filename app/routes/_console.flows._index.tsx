import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigate, useRevalidator, useSearchParams } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { inputClass } from "~/components/ui/field";
import { PageHeader } from "~/components/ui/page-header";
import { formatDateTime } from "~/utils/format";
import { requireRole } from "~/utils/session.server";
import { callOrThrow, serverCaller } from "~/utils/trpc.server";
import { trpc } from "~/utils/trpc";

const inline = inputClass.replace("block w-full", "inline-block");

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireRole(request, ["admin", "ops_manager", "content_editor", "analyst"]);
  const url = new URL(request.url);
  const caller = await serverCaller(request);
  const [flows, templates] = await Promise.all([
    callOrThrow(caller.flows.list({ search: url.searchParams.get("q") || undefined, includeArchived: url.searchParams.get("archived") === "1" })),
    callOrThrow(caller.flows.templates()),
  ]);
  return { flows, templates, canEdit: user.role === "admin" || user.role === "ops_manager" };
}

export default function FlowsPage() {
  const { t, i18n } = useTranslation("flows");
  const { flows, templates, canEdit } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const revalidator = useRevalidator();
  const [creating, setCreating] = useState(false);
  const [name, setName] = useState("");
  const [template, setTemplate] = useState("");
  const [importError, setImportError] = useState<string | null>(null);
  const create = trpc.flows.create.useMutation({ onSuccess: (r) => navigate(`/flows/${r.id}`) });
  const duplicate = trpc.flows.duplicate.useMutation({ onSuccess: () => revalidator.revalidate() });
  const archive = trpc.flows.archive.useMutation({ onSuccess: () => revalidator.revalidate() });
  const importJson = trpc.flows.importJson.useMutation({ onSuccess: (r) => navigate(`/flows/${r.id}`), onError: (e) => setImportError(e.message) });
  return (
    <div className="mx-auto max-w-7xl">
      <PageHeader title={t("title")} subtitle={t("subtitle")} actions={canEdit ? (<>
        <label className="cursor-pointer text-sm font-medium text-brand-600 hover:underline">{t("list.import")}<input type="file" accept=".json,application/json" className="hidden" data-testid="import-flow" onChange={async (e) => { const file = e.target.files?.[0]; if (!file) return; setImportError(null); try { importJson.mutate({ json: JSON.parse(await file.text()) as unknown }); } catch { setImportError(t("list.notJson")); } }} /></label>
        <Button variant="primary" onClick={() => setCreating(true)} data-testid="new-flow">+ {t("list.new")}</Button>
      </>) : null} />
      {importError ? <p className="mb-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-700" data-testid="import-error">{importError}</p> : null}
      {creating ? (
        <div className="mb-4 flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <label className="text-sm"><span className="mb-1 block font-medium text-slate-700">{t("list.name")}</span><input className={`${inline} w-72`} value={name} onChange={(e) => setName(e.target.value)} data-testid="flow-name-input" /></label>
          <label className="text-sm"><span className="mb-1 block font-medium text-slate-700">{t("list.template")}</span>
            <select className={`${inline} w-64`} value={template} onChange={(e) => setTemplate(e.target.value)} data-testid="flow-template"><option value="">{t("list.blank")}</option>{templates.map((tpl) => <option key={tpl.id} value={tpl.id}>{tpl.name} ({tpl.nodeCount})</option>)}</select>
          </label>
          <Button variant="primary" disabled={!name.trim() || create.isPending} onClick={() => create.mutate({ name, ...(template ? { templateId: template } : {}) })} data-testid="create-flow">{t("list.create")}</Button>
          <Button variant="ghost" onClick={() => setCreating(false)}>{t("list.cancel")}</Button>
          {create.error ? <p className="w-full text-sm text-red-600">{create.error.message}</p> : null}
        </div>
      ) : null}
      <Form method="get" className="mb-4 flex items-center gap-3">
        <input name="q" defaultValue={params.get("q") ?? ""} placeholder={t("list.search")} className={`${inline} w-72`} />
        <label className="flex items-center gap-1.5 text-sm text-slate-600"><input type="checkbox" name="archived" value="1" defaultChecked={params.get("archived") === "1"} onChange={(e) => e.currentTarget.form?.requestSubmit()} />{t("list.showArchived")}</label>
      </Form>
      {flows.length === 0 ? <EmptyState title={t("list.empty")} body={t("list.emptyBody")} /> : (
        <div className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="w-full text-sm" data-testid="flows-table">
            <thead className="bg-slate-50 text-left text-xs font-medium uppercase tracking-wide text-slate-500"><tr><th className="px-4 py-2">{t("list.name")}</th><th className="px-4 py-2">{t("list.status")}</th><th className="px-4 py-2">{t("list.serving")}</th><th className="px-4 py-2">{t("list.edited")}</th><th className="px-4 py-2" /></tr></thead>
            <tbody className="divide-y divide-slate-100">
              {flows.map((f) => (
                <tr key={f.id} className={f.archived ? "opacity-60" : "hover:bg-slate-50"}>
                  <td className="px-4 py-2"><Link to={`/flows/${f.id}`} className="font-medium text-brand-700 hover:underline">{f.name}</Link><p className="font-mono text-[11px] text-slate-400">{f.id}</p><p className="text-xs text-slate-500">{f.description}</p></td>
                  <td className="px-4 py-2 text-xs">{f.publishedVersion ? <span className="rounded-full bg-emerald-50 px-2 py-0.5 text-emerald-700">v{f.publishedVersion}</span> : <span className="text-slate-400">{t("list.unpublished")}</span>}{f.hasDraftChanges ? <span className="ml-1 rounded-full bg-amber-50 px-2 py-0.5 text-amber-700">{t("list.draftChanges")}</span> : null}{f.archived ? <span className="ml-1 rounded-full bg-slate-100 px-2 py-0.5">{t("list.archived")}</span> : null}</td>
                  <td className="px-4 py-2 text-xs text-slate-600">{f.deployments.map((d) => `${d.channelScope === "*" ? t("versions.allChannels") : d.channelName ?? d.channelScope} · v${d.version}`).join("; ") || "—"}</td>
                  <td className="px-4 py-2 text-xs text-slate-500">{formatDateTime(f.draftUpdatedAt, i18n.language)}{f.draftUpdatedBy ? <p>{f.draftUpdatedBy}</p> : null}</td>
                  <td className="px-4 py-2 text-right">{canEdit ? (<>
                    <Button size="sm" variant="ghost" onClick={() => duplicate.mutate({ id: f.id, name: `${f.name} (copy)` })}>{t("list.duplicate")}</Button>
                    <Button size="sm" variant="ghost" onClick={() => archive.mutate({ id: f.id, archived: !f.archived })}>{f.archived ? t("list.unarchive") : t("list.archive")}</Button>
                  </>) : null}<a href={`/flows/${f.id}/export.json`} className="ml-1 text-xs text-brand-600 hover:underline">{t("toolbar.export")}</a></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
