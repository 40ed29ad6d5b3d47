import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { trpc } from "~/utils/trpc";
import type { NodeOverlay } from "./designer-context";
import { small } from "./inspector-controls";

/** Traffic and drop-off of a published version over a date range, drawn on the canvas. */
export function AnalyticsPanel({ flowId, versions, onOverlay }: { flowId: string; versions: { id: string; version: number }[]; onOverlay: (o: { nodes: Record<string, NodeOverlay>; edges: Record<string, number> } | null) => void }) {
  const { t } = useTranslation("flows");
  const today = new Date().toISOString().slice(0, 10);
  const [versionId, setVersionId] = useState(versions[0]?.id ?? "");
  const [from, setFrom] = useState(new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10));
  const [to, setTo] = useState(new Date(Date.now() + 86_400_000).toISOString().slice(0, 10));
  const utils = trpc.useUtils();
  const [summary, setSummary] = useState<number | null>(null);
  if (versions.length === 0) return <p className="text-xs text-slate-400">{t("analytics.none")}</p>;
  const load = async () => {
    const result = await utils.flows.analytics.fetch({ id: flowId, versionId, from, to });
    setSummary(result.conversations);
    onOverlay({ nodes: result.nodes, edges: result.edges });
  };
  return (
    <div className="space-y-2 text-xs" data-testid="analytics">
      <select className={small} value={versionId} onChange={(e) => setVersionId(e.target.value)}>{versions.map((v) => <option key={v.id} value={v.id}>v{v.version}</option>)}</select>
      <div className="grid grid-cols-2 gap-1"><input type="date" className={small} value={from} max={today} onChange={(e) => setFrom(e.target.value)} /><input type="date" className={small} value={to} onChange={(e) => setTo(e.target.value)} /></div>
      <div className="flex gap-1"><Button size="sm" variant="primary" onClick={() => void load()} data-testid="analytics-load">{t("analytics.show")}</Button><Button size="sm" variant="ghost" onClick={() => { onOverlay(null); setSummary(null); }}>{t("analytics.hide")}</Button></div>
      {summary !== null ? <p className="text-slate-600" data-testid="analytics-summary">{t("analytics.conversations", { count: summary })}</p> : null}
      <p className="text-[11px] text-slate-400">{t("analytics.legend")}</p>
    </div>
  );
}
