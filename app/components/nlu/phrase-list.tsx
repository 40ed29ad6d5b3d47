import { useTranslation } from "react-i18next";
import { Card } from "~/components/ui/card";
import { trpc } from "~/utils/trpc";

type Phrase = { id: number; text: string; source: "builtin" | "console" };

export function PhraseList({ title, phrases, canManage, onChanged, testId }: {
  title: string;
  phrases: Phrase[];
  canManage: boolean;
  onChanged: () => void;
  testId: string;
}) {
  const { t } = useTranslation("nlu");
  const remove = trpc.nlu.phrases.delete.useMutation({ onSuccess: onChanged });
  return (
    <Card className="flex min-h-0 flex-col overflow-hidden">
      <div className="flex items-center justify-between border-b border-slate-100 px-4 py-2.5">
        <h2 className="text-sm font-semibold text-slate-900">{title}</h2>
        <span className="text-xs text-slate-500">{t("phrases.count", { count: phrases.length })}</span>
      </div>
      {remove.error ? <p role="alert" className="bg-red-50 px-4 py-2 text-sm text-red-700">{remove.error.message}</p> : null}
      {phrases.length === 0 ? (
        <p className="px-4 py-6 text-center text-sm text-slate-500">{t("phrases.none")}</p>
      ) : (
        <ul className="max-h-[28rem] divide-y divide-slate-100 overflow-y-auto" data-testid={testId}>
          {phrases.map((phrase) => (
            <li key={phrase.id} className="group flex items-center gap-2 px-4 py-1.5 text-sm">
              <span className="flex-1 break-words text-slate-800">{phrase.text}</span>
              <span className={`rounded px-1.5 py-0.5 text-[10px] ${phrase.source === "console" ? "bg-brand-50 text-brand-700" : "bg-slate-100 text-slate-500"}`}>
                {t(`phrases.source.${phrase.source}`)}
              </span>
              {canManage ? (
                <button
                  type="button"
                  className="rounded px-1.5 text-xs text-slate-400 opacity-0 hover:bg-red-50 hover:text-red-600 focus:opacity-100 group-hover:opacity-100"
                  aria-label={t("phrases.delete")}
                  onClick={() => {
                    if (window.confirm(t("phrases.confirmDelete", { text: phrase.text }))) remove.mutate({ id: phrase.id });
                  }}
                >
                  ✕
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
