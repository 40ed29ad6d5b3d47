import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Card } from "~/components/ui/card";
import { formatNumber } from "~/utils/format";

type IntentRow = {
  name: string;
  label_zh: string;
  label_en: string;
  description: string;
  builtin: number;
  counts: { "zh-CN": number; en: number };
};

export function IntentsTable({ intents }: { intents: IntentRow[] }) {
  const { t, i18n } = useTranslation("nlu");
  const zh = i18n.language.startsWith("zh");
  return (
    <Card className="overflow-hidden">
      <table className="w-full text-left text-sm" data-testid="intents-table">
        <thead className="bg-slate-50 text-xs uppercase text-slate-500">
          <tr>
            <th className="px-4 py-2">{t("intents.name")}</th>
            <th className="px-4 py-2 text-right">{t("intents.phrasesZh")}</th>
            <th className="px-4 py-2 text-right">{t("intents.phrasesEn")}</th>
            <th className="px-4 py-2" />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {intents.map((intent) => (
            <tr key={intent.name} data-testid={`intent-row-${intent.name}`} className="hover:bg-slate-50">
              <td className="px-4 py-2">
                <div className="flex items-center gap-2">
                  <span className="font-medium text-slate-800">{zh ? intent.label_zh : intent.label_en}</span>
                  <code className="text-xs text-slate-500">{intent.name}</code>
                  <span
                    className={`rounded-full px-1.5 py-0.5 text-[10px] ${intent.builtin ? "bg-slate-100 text-slate-500" : "bg-brand-50 text-brand-700"}`}
                  >
                    {intent.builtin ? t("intents.builtin") : t("intents.custom")}
                  </span>
                </div>
                {intent.description ? <p className="mt-0.5 line-clamp-1 text-xs text-slate-500">{intent.description}</p> : null}
              </td>
              <td className="px-4 py-2 text-right font-mono tabular-nums text-slate-700" data-testid="count-zh">
                {formatNumber(intent.counts["zh-CN"], i18n.language)}
              </td>
              <td className="px-4 py-2 text-right font-mono tabular-nums text-slate-700" data-testid="count-en">
                {formatNumber(intent.counts.en, i18n.language)}
              </td>
              <td className="whitespace-nowrap px-4 py-2 text-right">
                <Link to={`/intents/${intent.name}`} className="text-sm font-medium text-brand-600 hover:underline">
                  {t("intents.open")}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
