import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { inputClass } from "~/components/ui/field";
import { formatNumber } from "~/utils/format";
import { trpc } from "~/utils/trpc";
import type { NluLocale } from "./types";

/** Ask like a customer: the best entry, its score, and whether it clears the KB threshold. */
export function KbTestBox({ defaultLocale }: { defaultLocale: NluLocale }) {
  const { t, i18n } = useTranslation("nlu");
  const [text, setText] = useState("");
  const [locale, setLocale] = useState<NluLocale>(defaultLocale);
  const [submitted, setSubmitted] = useState<{ text: string; locale: NluLocale } | null>(null);
  const query = trpc.nlu.kb.test.useQuery(submitted ?? { text: "-", locale }, { enabled: submitted !== null, staleTime: 0 });
  const result = query.data;
  const fmt = (value: number) => formatNumber(value, i18n.language, 2);
  return (
    <Card className="p-4">
      <h2 className="text-sm font-semibold text-slate-900">{t("kb.testTitle")}</h2>
      <form
        className="mt-3 space-y-2"
        data-testid="kb-test-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim()) setSubmitted({ text: text.trim(), locale });
        }}
      >
        <input className={inputClass} placeholder={t("kb.testPlaceholder")} value={text} onChange={(e) => setText(e.target.value)} data-testid="kb-test-input" />
        <div className="flex gap-2">
          <select aria-label={t("kb.locale")} className="rounded-md border border-slate-300 px-2 py-1.5 text-sm" value={locale}
            onChange={(e) => setLocale(e.target.value as NluLocale)}>
            <option value="zh-CN">{t("locales.zh-CN")}</option>
            <option value="en">{t("locales.en")}</option>
          </select>
          <Button type="submit" variant="primary" disabled={!text.trim() || query.isFetching}>{t("kb.testSubmit")}</Button>
        </div>
      </form>
      {query.error ? <p role="alert" className="mt-3 text-sm text-red-600">{query.error.message}</p> : null}
      {result ? (
        <div className="mt-4 space-y-2 border-t border-slate-100 pt-3 text-sm" data-testid="kb-test-result" data-hit={result.hit ? "true" : "false"}>
          <p className={`rounded-md px-2 py-1 text-xs font-medium ${result.hit ? "bg-emerald-50 text-emerald-800" : "bg-amber-50 text-amber-800"}`}>
            {result.hit
              ? t("kb.hit", { score: fmt(result.score), threshold: fmt(result.threshold) })
              : t("kb.miss", { score: fmt(result.score), threshold: fmt(result.threshold) })}
          </p>
          {result.entry ? (
            <div>
              <p className="text-xs uppercase tracking-wide text-slate-500">{t("kb.bestMatch")}</p>
              <p className="mt-0.5 font-medium text-slate-800">{result.entry.question}</p>
              <p className="mt-1 whitespace-pre-wrap text-slate-600">{result.entry.answer}</p>
            </div>
          ) : (
            <p className="text-slate-500">{t("kb.noMatch")}</p>
          )}
        </div>
      ) : null}
    </Card>
  );
}
