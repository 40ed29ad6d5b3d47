import { Handle, Position, type Node, type NodeProps } from "@xyflow/react";
import { Headset } from "lucide-react";
import { useTranslation } from "react-i18next";
import { handlesOf, type FlowNode, type NodeType } from "../../../../flows";
import { useDesignerView } from "../designer-context";
import { NODE_META, summaryOf } from "../node-meta";

export type FlowNodeData = { node: FlowNode };
export type CanvasNode = Node<FlowNodeData>;

/** The card every node type draws: icon, title, one-line summary, labelled outgoing handles, live marks. */
export function BaseNode({ data, selected }: NodeProps<CanvasNode>) {
  const { t } = useTranslation("flows");
  const { problems, highlighted, analytics, diff } = useDesignerView();
  const node = data.node;
  const mine = problems.get(node.id) ?? [];
  const hasError = mine.some((p) => p.severity === "error");
  const handles = handlesOf(node).allowed;
  const ring = hasError ? "ring-2 ring-red-400" : mine.length > 0 ? "ring-2 ring-amber-300" : highlighted.has(node.id) ? "ring-2 ring-emerald-400" : selected ? "ring-2 ring-brand-400" : "";
  const mark = diff?.get(node.id);
  const overlay = analytics?.[node.id];
  return (
    <div className={`w-56 rounded-lg border bg-white text-left shadow-sm ${ring} ${mark === "added" ? "border-emerald-500 bg-emerald-50" : mark === "changed" ? "border-amber-500 bg-amber-50" : "border-slate-200"}`} data-testid={`node-${node.id}`} data-problems={mine.length} data-highlighted={highlighted.has(node.id) ? "1" : "0"}>
      {node.type !== "start" ? <Handle type="target" position={Position.Left} className="!h-2.5 !w-2.5 !bg-slate-400" /> : null}
      <div className="flex items-center gap-2 border-b border-slate-100 px-2.5 py-1.5">
        <NodeTypeBadge type={node.type} />
        <span className="truncate text-xs font-semibold text-slate-800">{node.label || t(`types.${node.type}`)}</span>
        <span className="ml-auto font-mono text-[9px] text-slate-400">{node.id}</span>
      </div>
      <p className="truncate px-2.5 py-1 text-[11px] text-slate-500" title={summaryOf(node)}>{summaryOf(node)}</p>
      {overlay ? (
        <p className="px-2.5 pb-1 text-[10px]" data-testid={`overlay-${node.id}`}>
          <span className="rounded bg-sky-100 px-1 text-sky-800">{overlay.entered}</span>
          {overlay.abandoned > 0 ? <span className="ml-1 rounded bg-slate-200 px-1 text-slate-700">↘{overlay.abandoned}</span> : null}
          {overlay.escalated > 0 ? <span className="ml-1 inline-flex items-center gap-0.5 rounded bg-orange-100 px-1 text-orange-800"><Headset className="h-2.5 w-2.5" aria-hidden />{overlay.escalated}</span> : null}
        </p>
      ) : null}
      {mine.length > 0 ? <p className={`px-2.5 pb-1 text-[10px] ${hasError ? "text-red-600" : "text-amber-700"}`}>⚠ {mine[0].message}</p> : null}
      {handles.length > 0 ? (
        <div className="flex flex-col gap-0.5 border-t border-slate-100 py-1">
          {handles.map((handle) => (
            <div key={handle} className="relative pr-3 text-right text-[10px] text-slate-500">
              {handle}
              <Handle id={handle} type="source" position={Position.Right} className="!h-2.5 !w-2.5 !bg-brand-500" />
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}

/** The coloured icon of a node type (canvas cards and palette). */
export function NodeTypeBadge({ type }: { type: NodeType }) {
  const { icon: Icon, accent } = NODE_META[type];
  return (
    <span className={`flex h-5 w-5 shrink-0 items-center justify-center rounded text-white ${accent}`}>
      <Icon className="h-3.5 w-3.5" aria-hidden />
    </span>
  );
}
