import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { Field, inputClass } from "~/components/ui/field";
import { trpc } from "~/utils/trpc";

const EMPTY = { name: "", labelZh: "", labelEn: "", description: "" };

export function CreateIntentForm({ onCreated, onCancel }: { onCreated: (name: string) => void; onCancel: () => void }) {
  const { t } = useTranslation("nlu");
  const [form, setForm] = useState(EMPTY);
  const create = trpc.nlu.intents.create.useMutation({
    onSuccess: (intent) => {
      setForm(EMPTY);
      onCreated(intent.name);
    },
  });
  const set = (key: keyof typeof EMPTY) => (event: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [key]: event.target.value });
  return (
    <Card className="mb-4 p-4">
      <h2 className="mb-3 text-sm font-semibold text-slate-900">{t("intents.createTitle")}</h2>
      <form
        className="grid items-end gap-3 md:grid-cols-4"
        data-testid="create-intent-form"
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate(form);
        }}
      >
        <Field label={t("intents.name")} hint={t("intents.nameHint")}>
          <input required name="name" pattern="[a-z][a-z0-9_]*" className={`${inputClass} font-mono`} value={form.name} onChange={set("name")} />
        </Field>
        <Field label={t("intents.labelZh")}>
          <input required name="labelZh" className={inputClass} value={form.labelZh} onChange={set("labelZh")} />
        </Field>
        <Field label={t("intents.labelEn")}>
          <input required name="labelEn" className={inputClass} value={form.labelEn} onChange={set("labelEn")} />
        </Field>
        <Field label={t("intents.description")}>
          <input name="description" className={inputClass} value={form.description} onChange={set("description")} />
        </Field>
        <div className="flex gap-2 md:col-span-4 md:justify-end">
          <Button onClick={onCancel}>{t("common.cancel")}</Button>
          <Button type="submit" variant="primary" disabled={create.isPending} data-testid="create-intent-submit">
            {t("intents.create")}
          </Button>
        </div>
      </form>
      {create.error ? (
        <p role="alert" className="mt-2 text-sm text-red-600">
          {create.error.message}
        </p>
      ) : null}
    </Card>
  );
}
