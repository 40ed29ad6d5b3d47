import { useTranslation } from "react-i18next";
import type { ReplySpec } from "../../../flows";
import { Text, small } from "./inspector-controls";

/** A script key from the library (searchable) or an inline text; the script preview shows the zh/en text. */
export function ReplyField({ value, onChange, readOnly, previews }: { value: ReplySpec | undefined; onChange: (v: ReplySpec | undefined) => void; readOnly: boolean; previews: Record<string, string> }) {
  const { t } = useTranslation("flows");
  const mode = value?.text !== undefined ? "text" : "script";
  return (
    <div className="space-y-1">
      <div className="flex gap-2 text-[11px]">
        <label className="flex items-center gap-1"><input type="radio" checked={mode === "script"} disabled={readOnly} onChange={() => onChange({ scriptKey: "common.anything_else" })} />{t("inspector.script")}</label>
        <label className="flex items-center gap-1"><input type="radio" checked={mode === "text"} disabled={readOnly} onChange={() => onChange({ text: "…" })} />{t("inspector.inlineText")}</label>
      </div>
      {mode === "script" ? (
        <>
          <Text value={value?.scriptKey ?? ""} onChange={(scriptKey) => onChange({ ...value, text: undefined, scriptKey })} readOnly={readOnly} mono list="script-keys" testId="reply-script" />
          {value?.scriptKey && previews[value.scriptKey] ? <p className="rounded bg-slate-50 px-2 py-1 text-[11px] text-slate-600">{previews[value.scriptKey]}</p> : null}
        </>
      ) : (
        <textarea className={`${small} min-h-14`} value={value?.text ?? ""} readOnly={readOnly} onChange={(e) => onChange({ ...value, scriptKey: undefined, text: e.target.value })} data-testid="reply-text" />
      )}
    </div>
  );
}
