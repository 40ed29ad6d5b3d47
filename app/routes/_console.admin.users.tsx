import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, useRevalidator } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { InviteUserForm } from "~/components/admin/invite-user-form";
import { UsersTable } from "~/components/admin/users-table";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/utils/session.server";
import { callOrThrow, serverCaller } from "~/utils/trpc.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ["admin"]);
  const caller = await serverCaller(request);
  return { users: await callOrThrow(caller.users.list()) };
}

export default function UsersPage() {
  const { t } = useTranslation("admin");
  const { users } = useLoaderData<typeof loader>();
  const revalidator = useRevalidator();
  const [notice, setNotice] = useState<string | null>(null);
  const onChanged = (message?: string) => {
    if (message) setNotice(message);
    revalidator.revalidate();
  };
  return (
    <div className="mx-auto max-w-6xl">
      <PageHeader title={t("users.title")} subtitle={t("users.subtitle")} />
      {notice ? (
        <p role="status" data-testid="users-notice" className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          {notice}
        </p>
      ) : null}
      <InviteUserForm onCreated={onChanged} />
      {users.length === 0 ? <EmptyState title={t("users.empty")} /> : <UsersTable users={users} onChanged={onChanged} />}
    </div>
  );
}
