import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuditTable } from "~/components/admin/audit-table";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { EmptyState } from "~/components/ui/empty-state";
import { Field, inputClass } from "~/components/ui/field";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/utils/session.server";
import { callOrThrow, serverCaller } from "~/utils/trpc.server";
import { auditQuerySchema } from "~/utils/audit-query";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ["admin"]);
  const parsed = auditQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw new Response(parsed.error.issues[0]?.message ?? "Invalid filter", { status: 400 });
  const caller = await serverCaller(request);
  const [page, users, entityTypes] = await Promise.all([
    callOrThrow(caller.audit.list(parsed.data)),
    callOrThrow(caller.users.list()),
    callOrThrow(caller.audit.entityTypes()),
  ]);
  return { page, users: users.map((user) => ({ id: user.id, email: user.email })), entityTypes };
}

export default function AuditPage() {
  const { t } = useTranslation("admin");
  const { t: tc } = useTranslation();
  const { page, users, entityTypes } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const nextParams = new URLSearchParams(params);
  if (page.nextCursor) nextParams.set("cursor", String(page.nextCursor));
  return (
    <div className="mx-auto max-w-6xl">
      <PageHeader title={t("audit.title")} subtitle={t("audit.subtitle")} />
      <Card className="mb-4 p-4">
        <Form method="get" className="grid items-end gap-3 md:grid-cols-5" data-testid="audit-filters">
          <Field label={t("audit.filterUser")}>
            <select name="userId" defaultValue={params.get("userId") ?? ""} className={inputClass}>
              <option value="">{t("audit.all")}</option>
              {users.map((user) => (
                <option key={user.id} value={user.id}>{user.email}</option>
              ))}
            </select>
          </Field>
          <Field label={t("audit.filterEntity")}>
            <select name="entityType" defaultValue={params.get("entityType") ?? ""} className={inputClass}>
              <option value="">{t("audit.all")}</option>
              {entityTypes.map((type) => (
                <option key={type} value={type}>{type}</option>
              ))}
            </select>
          </Field>
          <Field label={t("audit.from")}>
            <input type="date" name="from" defaultValue={params.get("from") ?? ""} className={inputClass} />
          </Field>
          <Field label={t("audit.to")}>
            <input type="date" name="to" defaultValue={params.get("to") ?? ""} className={inputClass} />
          </Field>
          <div className="flex gap-2">
            <Button type="submit" variant="primary">{tc("actions.apply")}</Button>
            <Link to="." className="rounded-md px-3 py-2 text-sm text-slate-600 hover:bg-slate-100">{tc("actions.reset")}</Link>
          </div>
        </Form>
      </Card>
      {page.rows.length === 0 ? <EmptyState title={t("audit.empty")} /> : <AuditTable rows={page.rows} />}
      {page.nextCursor ? (
        <div className="mt-4 text-center">
          <Link to={`?${nextParams.toString()}`} className="text-sm font-medium text-brand-600 hover:underline">
            {tc("actions.loadMore")}
          </Link>
        </div>
      ) : null}
    </div>
  );
}
