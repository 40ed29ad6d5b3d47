import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { Field, inputClass } from "~/components/ui/field";
import { trpc } from "~/utils/trpc";

type Settings = { confidenceThreshold: number; kbThreshold: number };

export function ThresholdsForm({ settings, canManage }: { settings: Settings; canManage: boolean }) {
  const { t } = useTranslation("nlu");
  const [form, setForm] = useState(settings);
  const save = trpc.nlu.settings.set.useMutation();
  return (
    <Card className="p-4">
      <h2 className="mb-3 text-sm font-semibold text-slate-900">{t("settings.title")}</h2>
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate(form);
        }}
      >
        <Field label={t("settings.confidence")} hint={t("settings.confidenceHint")}>
          <input type="number" min={0} max={1} step={0.01} disabled={!canManage} className={inputClass} value={form.confidenceThreshold}
            onChange={(event) => setForm({ ...form, confidenceThreshold: Number(event.target.value) })} />
        </Field>
        <Field label={t("settings.kb")} hint={t("settings.kbHint")}>
          <input type="number" min={0} max={1} step={0.01} disabled={!canManage} className={inputClass} value={form.kbThreshold}
            onChange={(event) => setForm({ ...form, kbThreshold: Number(event.target.value) })} />
        </Field>
        {canManage ? (
          <div className="flex items-center gap-3">
            <Button type="submit" disabled={save.isPending}>{t("common.save")}</Button>
            {save.isSuccess ? <span role="status" className="text-sm text-emerald-700">{t("settings.saved")}</span> : null}
            {save.error ? <span role="alert" className="text-sm text-red-600">{save.error.message}</span> : null}
          </div>
        ) : null}
      </form>
    </Card>
  );
}
