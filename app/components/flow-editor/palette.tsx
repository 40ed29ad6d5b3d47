import { useTranslation } from "react-i18next";
import { PALETTE } from "./node-meta";
import { NodeTypeBadge } from "./nodes/base-node";
import { PALETTE_MIME } from "./canvas";

/** Node types to drag onto the canvas (or click to add in the middle). */
export function Palette({ onAdd }: { onAdd: (type: (typeof PALETTE)[number]) => void }) {
  const { t } = useTranslation("flows");
  return (
    <div className="space-y-1" data-testid="palette">
      {PALETTE.map((type) => (
        <button
          key={type}
          type="button"
          draggable
          onDragStart={(event) => { event.dataTransfer.setData(PALETTE_MIME, type); event.dataTransfer.effectAllowed = "move"; }}
          onClick={() => onAdd(type)}
          className="flex w-full cursor-grab items-center gap-2 rounded-md border border-slate-200 bg-white px-2 py-1.5 text-left text-xs text-slate-700 shadow-sm hover:border-brand-300 hover:bg-brand-50"
          data-testid={`palette-${type}`}
        >
          <NodeTypeBadge type={type} />
          {t(`types.${type}`)}
        </button>
      ))}
    </div>
  );
}
