import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { Field, inputClass } from "~/components/ui/field";
import { trpc } from "~/utils/trpc";
import { ROLE_OPTIONS } from "./role-options";

export function InviteUserForm({ onCreated }: { onCreated: (message: string) => void }) {
  const { t } = useTranslation("admin");
  const { t: tc } = useTranslation();
  const [form, setForm] = useState({ email: "", name: "", role: "agent" as (typeof ROLE_OPTIONS)[number], password: "" });
  const create = trpc.users.create.useMutation({
    onSuccess: ({ user, password }) => {
      setForm({ email: "", name: "", role: "agent", password: "" });
      onCreated(
        form.password ? t("users.created", { email: user.email }) : t("users.newPassword", { email: user.email, password }),
      );
    },
  });
  return (
    <Card className="mb-6 p-4">
      <form
        className="grid items-end gap-3 md:grid-cols-5"
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate({ ...form, password: form.password || undefined });
        }}
      >
        <Field label={t("users.email")}>
          <input required type="email" name="email" className={inputClass} value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} />
        </Field>
        <Field label={t("users.name")}>
          <input required name="name" className={inputClass} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        </Field>
        <Field label={t("users.role")}>
          <select name="role" className={inputClass} value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as typeof form.role })}>
            {ROLE_OPTIONS.map((role) => (
              <option key={role} value={role}>
                {tc(`roles.${role}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t("users.passwordOptional")}>
          <input type="password" name="password" minLength={8} className={inputClass} value={form.password} onChange={(e) => setForm({ ...form, password: e.target.value })} />
        </Field>
        <Button type="submit" variant="primary" disabled={create.isPending} data-testid="create-user">
          {t("users.invite")}
        </Button>
      </form>
      {create.error ? (
        <p role="alert" className="mt-3 text-sm text-red-600">
          {create.error.message}
        </p>
      ) : null}
    </Card>
  );
}
