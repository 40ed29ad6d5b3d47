import { useTranslation } from "react-i18next";

const TONE = { draft: "bg-slate-100 text-slate-700", running: "bg-emerald-50 text-emerald-700", stopped: "bg-amber-50 text-amber-800" } as const;

export function StatusBadge({ status }: { status: keyof typeof TONE }) {
  const { t } = useTranslation("experiments");
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${TONE[status]}`} data-testid="exp-status">{t(`status.${status}`)}</span>;
}
