import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { Field, inputClass } from "~/components/ui/field";
import { trpc } from "~/utils/trpc";
import type { KbEntry, NluLocale } from "./types";

const lines = (text: string) => text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);

/** Create (no entry) or edit an entry; alternatives one per line, tags comma separated. */
export function KbEntryForm({ entry, onSaved, onCancel }: { entry: KbEntry | null; onSaved: () => void; onCancel: () => void }) {
  const { t } = useTranslation("nlu");
  const [form, setForm] = useState({
    locale: (entry?.locale ?? "zh-CN") as NluLocale,
    question: entry?.question ?? "",
    alternatives: entry?.alternatives.join("\n") ?? "",
    answer: entry?.answer ?? "",
    tags: entry?.tags.join(", ") ?? "",
  });
  const create = trpc.nlu.kb.create.useMutation({ onSuccess: onSaved });
  const update = trpc.nlu.kb.update.useMutation({ onSuccess: onSaved });
  const error = create.error ?? update.error;
  const pending = create.isPending || update.isPending;
  const set = (key: keyof typeof form) => (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
    setForm({ ...form, [key]: event.target.value });
  return (
    <Card className="mb-4 p-4">
      <h2 className="mb-3 text-sm font-semibold text-slate-900">{entry ? t("kb.edit") : t("kb.new")}</h2>
      <form
        className="grid gap-3 md:grid-cols-2"
        data-testid="kb-entry-form"
        onSubmit={(event) => {
          event.preventDefault();
          const payload = {
            locale: form.locale,
            question: form.question,
            alternatives: lines(form.alternatives),
            answer: form.answer,
            tags: form.tags.split(/[,，]/).map((tag) => tag.trim()).filter(Boolean),
            enabled: entry?.enabled ?? true,
          };
          if (entry) update.mutate({ id: entry.id, entry: payload });
          else create.mutate(payload);
        }}
      >
        <div className="space-y-3">
          <Field label={t("kb.locale")}>
            <select name="locale" className={inputClass} value={form.locale} onChange={set("locale")}>
              <option value="zh-CN">{t("locales.zh-CN")}</option>
              <option value="en">{t("locales.en")}</option>
            </select>
          </Field>
          <Field label={t("kb.question")}>
            <input required name="question" className={inputClass} value={form.question} onChange={set("question")} />
          </Field>
          <Field label={t("kb.alternatives")} hint={t("kb.alternativesHint")}>
            <textarea name="alternatives" rows={4} className={inputClass} value={form.alternatives} onChange={set("alternatives")} />
          </Field>
        </div>
        <div className="space-y-3">
          <Field label={t("kb.answer")}>
            <textarea required name="answer" rows={7} className={inputClass} value={form.answer} onChange={set("answer")} />
          </Field>
          <Field label={t("kb.tags")} hint={t("kb.tagsHint")}>
            <input name="tags" className={inputClass} value={form.tags} onChange={set("tags")} />
          </Field>
        </div>
        <div className="flex items-center justify-end gap-2 md:col-span-2">
          {error ? <p role="alert" className="mr-auto text-sm text-red-600">{error.message}</p> : null}
          <Button onClick={onCancel}>{t("common.cancel")}</Button>
          <Button type="submit" variant="primary" disabled={pending} data-testid="kb-save">{t("common.save")}</Button>
        </div>
      </form>
    </Card>
  );
}
