import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, useRevalidator } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConnectionForm, type ConnectionView } from "~/components/connections/connection-form";
import { TestCall } from "~/components/connections/test-call";
import { Button } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/utils/session.server";
import { callOrThrow, serverCaller } from "~/utils/trpc.server";
import { trpc } from "~/utils/trpc";

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireRole(request, ["admin", "ops_manager", "content_editor", "analyst"]);
  const caller = await serverCaller(request);
  return { connections: await callOrThrow(caller.connections.list()), canEdit: user.role === "admin" || user.role === "ops_manager" };
}

export default function ConnectionsPage() {
  const { t } = useTranslation("runtime");
  const { connections, canEdit } = useLoaderData<typeof loader>();
  const revalidator = useRevalidator();
  const [editing, setEditing] = useState<ConnectionView | "new" | null>(null);
  const [testing, setTesting] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const remove = trpc.connections.delete.useMutation({ onSuccess: (r) => { setNotice(t("connections.deleted", { name: r.deleted })); revalidator.revalidate(); } });
  return (
    <div className="mx-auto max-w-6xl">
      <PageHeader title={t("connections.title")} subtitle={t("connections.subtitle")} actions={canEdit ? <Button variant="primary" onClick={() => setEditing("new")} data-testid="new-connection">+ {t("connections.new")}</Button> : null} />
      {!canEdit ? <p className="mb-4 text-sm text-slate-500">{t("connections.readOnly")}</p> : null}
      {notice ? <p role="status" className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">{notice}</p> : null}
      {editing ? (
        <ConnectionForm
          key={editing === "new" ? "new" : editing.name}
          initial={editing === "new" ? null : editing}
          onCancel={() => setEditing(null)}
          onDone={(name) => { setEditing(null); setNotice(t("connections.saved", { name })); revalidator.revalidate(); }}
        />
      ) : null}
      {connections.length === 0 ? <EmptyState title={t("connections.empty")} body={t("connections.emptyBody")} /> : (
        <div className="space-y-3">
          {connections.map((c) => (
            <div key={c.name} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid={`connection-${c.name}`}>
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div className="min-w-0">
                  <p className="font-mono text-sm font-semibold text-slate-900">{c.name}</p>
                  <p className="text-xs text-slate-500">{c.description}</p>
                  <p className="mt-1 font-mono text-xs text-slate-700">{c.baseUrl || <span className="rounded bg-amber-50 px-1.5 py-0.5 text-amber-700">{t("connections.notConfigured")}</span>}</p>
                  {c.overriddenBy ? <p className="mt-1 text-xs text-brand-700">{t("connections.overridden", { env: c.overriddenBy })}</p> : null}
                  <p className="mt-1 flex flex-wrap gap-1 text-[11px] text-slate-500">
                    {Object.keys(c.headers).map((h) => <span key={h} className="rounded bg-slate-100 px-1.5 py-0.5 font-mono">{h}</span>)}
                    <span className={`rounded px-1.5 py-0.5 ${c.hasSecret ? "bg-emerald-50 text-emerald-700" : "bg-slate-100"}`}>{c.hasSecret ? t("connections.secretSet") : t("connections.secretNone")}</span>
                  </p>
                </div>
                <div className="flex gap-1">
                  {canEdit ? <Button size="sm" onClick={() => setTesting(testing === c.name ? null : c.name)} data-testid={`test-${c.name}`}>{t("connections.test")}</Button> : null}
                  {canEdit ? <Button size="sm" onClick={() => setEditing(c)} data-testid={`edit-${c.name}`}>{t("connections.edit")}</Button> : null}
                  {canEdit ? <Button size="sm" variant="danger" onClick={() => window.confirm(t("connections.confirmDelete", { name: c.name })) && remove.mutate({ name: c.name })}>{t("connections.delete")}</Button> : null}
                </div>
              </div>
              {testing === c.name ? <TestCall name={c.name} /> : null}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
