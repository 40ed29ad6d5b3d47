import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { inputClass } from "~/components/ui/field";
import { trpc } from "~/utils/trpc";
import { UnderstandingView } from "./understanding-view";
import type { IntentLabels, NluLocale } from "./types";

/** Type a message, see what the live model understands. */
export function TryItBox({ labels, compact = false }: { labels: IntentLabels; compact?: boolean }) {
  // compact: a side card with its own title; otherwise the page header already names it.
  const { t } = useTranslation("nlu");
  const [text, setText] = useState("");
  const [locale, setLocale] = useState<NluLocale | "">("");
  const [submitted, setSubmitted] = useState<{ text: string; locale?: NluLocale } | null>(null);
  const query = trpc.nlu.tryIt.useQuery(submitted ?? { text: "" }, { enabled: submitted !== null, staleTime: 0 });
  return (
    <Card className="p-4">
      {compact ? <h2 className="mb-3 text-sm font-semibold text-slate-900">{t("try.title")}</h2> : null}
      <form
        className="space-y-2"
        data-testid="try-it-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim()) setSubmitted({ text: text.trim(), locale: locale || undefined });
        }}
      >
        <textarea
          name="text"
          rows={compact ? 2 : 3}
          className={inputClass}
          placeholder={t("try.placeholder")}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter" && !event.shiftKey) {
              event.preventDefault();
              event.currentTarget.form?.requestSubmit();
            }
          }}
          data-testid="try-it-input"
        />
        <div className="flex items-center gap-2">
          <select
            aria-label={t("try.locale")}
            className="rounded-md border border-slate-300 px-2 py-1.5 text-sm"
            value={locale}
            onChange={(event) => setLocale(event.target.value as NluLocale | "")}
          >
            <option value="">{t("locales.auto")}</option>
            <option value="zh-CN">{t("locales.zh-CN")}</option>
            <option value="en">{t("locales.en")}</option>
          </select>
          <Button type="submit" variant="primary" disabled={!text.trim() || query.isFetching} data-testid="try-it-submit">
            {t("try.submit")}
          </Button>
        </div>
      </form>
      {query.error ? <p role="alert" className="mt-3 text-sm text-red-600">{query.error.message}</p> : null}
      {query.data && submitted ? (
        <div className="mt-4 border-t border-slate-100 pt-4">
          <UnderstandingView text={submitted.text} result={query.data} labels={labels} />
        </div>
      ) : null}
    </Card>
  );
}
