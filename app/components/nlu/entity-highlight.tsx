import { useTranslation } from "react-i18next";
import type { Understanding } from "./types";

export const ENTITY_COLORS: Record<string, string> = {
  order_number: "bg-sky-100 text-sky-900 ring-sky-300",
  tracking_number: "bg-violet-100 text-violet-900 ring-violet-300",
  phone: "bg-emerald-100 text-emerald-900 ring-emerald-300",
  email: "bg-teal-100 text-teal-900 ring-teal-300",
  amount: "bg-amber-100 text-amber-900 ring-amber-300",
  date: "bg-rose-100 text-rose-900 ring-rose-300",
};

type Entity = Understanding["entities"][number];

/** The message with each entity marked at its offsets (UTF-16, end exclusive, as the NLU returns them). */
export function EntityHighlight({ text, entities }: { text: string; entities: Entity[] }) {
  const { t } = useTranslation("nlu");
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  sorted.forEach((entity, index) => {
    if (entity.start < cursor) return; // overlapping spans: keep the first
    if (entity.start > cursor) parts.push(text.slice(cursor, entity.start));
    parts.push(
      <mark
        key={index}
        title={`${t(`entityTypes.${entity.type}`)} · ${entity.start}–${entity.end}`}
        className={`rounded px-0.5 ring-1 ${ENTITY_COLORS[entity.type] ?? "bg-slate-100 ring-slate-300"}`}
        data-testid={`entity-mark-${entity.type}`}
      >
        {text.slice(entity.start, entity.end)}
        <sup className="ml-0.5 text-[10px] font-medium uppercase opacity-70">{t(`entityTypes.${entity.type}`)}</sup>
      </mark>,
    );
    cursor = entity.end;
  });
  if (cursor < text.length) parts.push(text.slice(cursor));
  return <p className="whitespace-pre-wrap break-words text-base leading-8 text-slate-800">{parts}</p>;
}
