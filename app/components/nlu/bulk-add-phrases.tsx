import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { inputClass } from "~/components/ui/field";
import { trpc } from "~/utils/trpc";
import type { NluLocale } from "./types";

export function BulkAddPhrases({ intent, onAdded }: { intent: string; onAdded: () => void }) {
  const { t } = useTranslation("nlu");
  const [locale, setLocale] = useState<NluLocale>("zh-CN");
  const [text, setText] = useState("");
  const add = trpc.nlu.phrases.add.useMutation({
    onSuccess: () => {
      setText("");
      onAdded();
    },
  });
  return (
    <Card className="p-4">
      <h2 className="text-sm font-semibold text-slate-900">{t("phrases.bulkTitle")}</h2>
      <p className="mt-0.5 text-xs text-slate-500">{t("phrases.bulkHint")}</p>
      <form
        className="mt-3 space-y-2"
        data-testid="bulk-add-form"
        onSubmit={(event) => {
          event.preventDefault();
          add.mutate({ intent, locale, text });
        }}
      >
        <div className="inline-flex rounded-md border border-slate-300 p-0.5 text-sm" role="radiogroup" aria-label={t("phrases.locale")}>
          {(["zh-CN", "en"] as const).map((value) => (
            <button
              key={value}
              type="button"
              role="radio"
              aria-checked={locale === value}
              data-testid={`bulk-locale-${value}`}
              onClick={() => setLocale(value)}
              className={`rounded px-3 py-1 ${locale === value ? "bg-brand-600 text-white" : "text-slate-600 hover:bg-slate-100"}`}
            >
              {t(`locales.${value}`)}
            </button>
          ))}
        </div>
        <textarea
          name="phrases"
          rows={8}
          className={`${inputClass} font-mono`}
          placeholder={locale === "zh-CN" ? t("phrases.placeholderZh") : t("phrases.placeholderEn")}
          value={text}
          onChange={(event) => setText(event.target.value)}
          data-testid="bulk-add-text"
        />
        <div className="flex items-center gap-3">
          <Button type="submit" variant="primary" className="shrink-0 whitespace-nowrap" disabled={!text.trim() || add.isPending} data-testid="bulk-add-submit">
            {t("phrases.add")}
          </Button>
          {add.data ? (
            <span role="status" className="text-sm text-emerald-700" data-testid="bulk-add-result">
              {t("phrases.added", add.data)}
            </span>
          ) : null}
        </div>
        {add.error ? <p role="alert" className="text-sm text-red-600">{add.error.message}</p> : null}
      </form>
    </Card>
  );
}
