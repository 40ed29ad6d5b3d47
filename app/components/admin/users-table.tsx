import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { formatDateTime } from "~/utils/format";
import { trpc } from "~/utils/trpc";
import { ROLE_OPTIONS } from "./role-options";

type UserRow = {
  id: string;
  email: string;
  name: string;
  role: (typeof ROLE_OPTIONS)[number];
  disabled: number;
  last_login_at: string | null;
};

export function UsersTable({ users, onChanged }: { users: UserRow[]; onChanged: (message?: string) => void }) {
  const { t, i18n } = useTranslation("admin");
  const { t: tc } = useTranslation();
  const update = trpc.users.update.useMutation({ onSuccess: () => onChanged(t("users.roleChanged")) });
  const reset = trpc.users.resetPassword.useMutation();
  const error = update.error ?? reset.error;
  return (
    <Card className="overflow-hidden">
      {error ? <p role="alert" className="border-b border-red-100 bg-red-50 px-4 py-2 text-sm text-red-700">{error.message}</p> : null}
      <table className="w-full text-left text-sm" data-testid="users-table">
        <thead className="bg-slate-50 text-xs uppercase text-slate-500">
          <tr>
            <th className="px-4 py-2">{t("users.name")}</th>
            <th className="px-4 py-2">{t("users.email")}</th>
            <th className="px-4 py-2">{t("users.role")}</th>
            <th className="px-4 py-2">{t("users.status")}</th>
            <th className="px-4 py-2">{t("users.lastLogin")}</th>
            <th className="px-4 py-2" />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {users.map((user) => (
            <tr key={user.id} data-testid={`user-row-${user.email}`}>
              <td className="px-4 py-2 font-medium text-slate-800">{user.name}</td>
              <td className="px-4 py-2 text-slate-600">{user.email}</td>
              <td className="px-4 py-2">
                <select
                  aria-label={t("users.role")}
                  className="rounded border border-slate-300 px-2 py-1 text-sm"
                  value={user.role}
                  onChange={(e) => update.mutate({ id: user.id, role: e.target.value as UserRow["role"] })}
                >
                  {ROLE_OPTIONS.map((role) => (
                    <option key={role} value={role}>{tc(`roles.${role}`)}</option>
                  ))}
                </select>
              </td>
              <td className="px-4 py-2">
                <span className={`rounded-full px-2 py-0.5 text-xs ${user.disabled ? "bg-slate-100 text-slate-500" : "bg-emerald-50 text-emerald-700"}`}>
                  {user.disabled ? t("users.disabled") : t("users.active")}
                </span>
              </td>
              <td className="px-4 py-2 text-slate-500">{user.last_login_at ? formatDateTime(user.last_login_at, i18n.language) : t("users.never")}</td>
              <td className="space-x-2 whitespace-nowrap px-4 py-2 text-right">
                <Button
                  size="sm"
                  variant={user.disabled ? "secondary" : "danger"}
                  onClick={() => {
                    if (user.disabled || window.confirm(t("users.confirmDisable", { email: user.email }))) {
                      update.mutate({ id: user.id, disabled: !user.disabled });
                    }
                  }}
                >
                  {user.disabled ? t("users.enable") : t("users.disable")}
                </Button>
                <Button
                  size="sm"
                  onClick={() =>
                    reset.mutate(
                      { id: user.id },
                      { onSuccess: ({ password }) => onChanged(t("users.newPassword", { email: user.email, password })) },
                    )
                  }
                >
                  {t("users.resetPassword")}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
