import { useState } from "react";
import { useTranslation } from "react-i18next";
import { flowNodeSchema, type FlowNode, type FlowProblem } from "../../../flows";
import { Row, small } from "./inspector-controls";
import { NodeFields, type Catalog } from "./inspector-fields";

/** The selected node's form (or raw JSON for experts); invalid input stays local with the schema's message. */
export function Inspector({ node, problems, readOnly, catalog, onChange }: { node: FlowNode; problems: FlowProblem[]; readOnly: boolean; catalog: Catalog; onChange: (node: FlowNode) => void }) {
  const { t } = useTranslation("flows");
  const [error, setError] = useState<string | null>(null);
  const [raw, setRaw] = useState(false);
  const apply = (candidate: unknown) => {
    const parsed = flowNodeSchema.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setError(`${issue.path.join(".")}: ${issue.message}`);
      return;
    }
    setError(null);
    onChange(parsed.data);
  };
  return (
    <div className="space-y-2.5" data-testid="inspector">
      <div className="flex items-center justify-between">
        <p className="font-mono text-xs text-slate-500">{node.id} · {t(`types.${node.type}`)}</p>
        <button type="button" className="text-[11px] text-brand-600 hover:underline" onClick={() => setRaw(!raw)}>{raw ? t("inspector.form") : "JSON"}</button>
      </div>
      <Row label={t("inspector.label")}><input className={small} value={node.label ?? ""} readOnly={readOnly} onChange={(e) => apply({ ...node, label: e.target.value || undefined })} data-testid="node-label" /></Row>
      {raw ? (
        <textarea key={JSON.stringify(node.data)} className={`${small} min-h-64 font-mono`} readOnly={readOnly} defaultValue={JSON.stringify(node.data, null, 2)} onBlur={(e) => { try { apply({ ...node, data: JSON.parse(e.target.value) as unknown }); } catch { setError(t("inspector.badJson")); } }} />
      ) : (
        <NodeFields key={node.id} node={node} readOnly={readOnly} catalog={catalog} set={(data) => apply({ ...node, data })} />
      )}
      {error ? <p className="rounded bg-red-50 px-2 py-1 text-[11px] text-red-700" data-testid="inspector-error">{error}</p> : null}
      {problems.length > 0 ? (
        <ul className="space-y-0.5 text-[11px]">{problems.map((p, i) => <li key={i} className={p.severity === "error" ? "text-red-600" : "text-amber-700"}>⚠ {p.message}</li>)}</ul>
      ) : null}
    </div>
  );
}
