import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useRevalidator } from "@remix-run/react";
import { ReactFlowProvider } from "@xyflow/react";
import xyflowStyles from "@xyflow/react/dist/style.css";
import { useCallback, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { hasErrors, validateFlow, type FlowDefinition, type FlowProblem } from "../../flows";
import { AnalyticsPanel } from "~/components/flow-editor/analytics-panel";
import { Canvas } from "~/components/flow-editor/canvas";
import { DesignerViewContext, type DesignerView, type NodeOverlay } from "~/components/flow-editor/designer-context";
import { Inspector } from "~/components/flow-editor/inspector";
import { Palette } from "~/components/flow-editor/palette";
import { ProblemsPanel } from "~/components/flow-editor/problems-panel";
import { SimulatorPanel } from "~/components/flow-editor/simulator-panel";
import { useAutosave } from "~/components/flow-editor/use-autosave";
import { useFlowEditor } from "~/components/flow-editor/use-flow-editor";
import { VersionsPanel } from "~/components/flow-editor/versions-panel";
import { Button } from "~/components/ui/button";
import { requireRole } from "~/utils/session.server";
import { callOrThrow, serverCaller } from "~/utils/trpc.server";
import { trpc } from "~/utils/trpc";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: xyflowStyles }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user } = await requireRole(request, ["admin", "ops_manager", "content_editor", "analyst"]);
  const caller = await serverCaller(request);
  const flow = await callOrThrow(caller.flows.get({ id: params.id ?? "" }));
  return { flow, canEdit: user.role === "admin" || user.role === "ops_manager" };
}

type Tab = "inspector" | "problems" | "versions" | "simulator" | "analytics";

export default function FlowDesigner() {
  const { flow } = useLoaderData<typeof loader>();
  return (
    <ReactFlowProvider>
      <Designer key={flow.id} />
    </ReactFlowProvider>
  );
}

function Designer() {
  const { t } = useTranslation("flows");
  const { flow, canEdit } = useLoaderData<typeof loader>();
  const revalidator = useRevalidator();
  const editor = useFlowEditor(flow.draft);
  const readOnly = !canEdit;
  const autosave = useAutosave(flow.id, editor.definition, flow.draftRevision, canEdit);
  const [tab, setTab] = useState<Tab>(readOnly ? "simulator" : "inspector");
  const [selected, setSelected] = useState<string | null>(null);
  const [focus, setFocus] = useState<string | null>(null);
  const [path, setPath] = useState<{ nodes: string[]; edges: string[] }>({ nodes: [], edges: [] });
  const [overlay, setOverlay] = useState<{ nodes: Record<string, NodeOverlay>; edges: Record<string, number> } | null>(null);
  const [compareWith, setCompareWith] = useState<FlowDefinition | null>(null);
  const [help, setHelp] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const publish = trpc.flows.publish.useMutation();

  const catalog = flow.catalog;
  const problems = useMemo(() => validateFlow(editor.definition, {
    scriptKeys: new Set(catalog.scriptKeys), connections: new Set(catalog.connections), skillGroups: new Set(catalog.skillGroups.map((g) => g.id)),
    intents: new Set(catalog.intents), experiments: new Map(catalog.experiments.map((e) => [e.key, e.variations])),
  }), [editor.definition, catalog]);
  const view: DesignerView = useMemo(() => ({
    problems: groupByNode(problems),
    highlighted: new Set(path.nodes),
    analytics: overlay?.nodes ?? null,
    diff: compareWith ? diffNodes(compareWith, editor.definition) : null,
  }), [problems, path.nodes, overlay, compareWith, editor.definition]);
  // React Flow reports the selection again on every node update: only a new selection opens the inspector.
  const lastSelected = useRef<string | null>(null);
  const onSelect = useCallback((id: string | null) => {
    if (id === lastSelected.current) return;
    lastSelected.current = id;
    setSelected(id);
    if (id && !readOnly) setTab("inspector");
  }, [readOnly]);
  const selectedNode = editor.nodes.find((n) => n.id === selected)?.data.node ?? null;
  const errorCount = problems.filter((p) => p.severity === "error").length;

  const doPublish = async (note: string, channelScope: string) => {
    try {
      const result = await publish.mutateAsync({ id: flow.id, note, channelScope, baseRevision: autosave.revision });
      setNotice(t("versions.published", { version: result.version }));
      revalidator.revalidate();
    } catch (error) {
      setNotice(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <div className="-m-6 flex h-[calc(100vh-3.5rem)] flex-col">
      <div className="flex flex-wrap items-center gap-2 border-b border-slate-200 bg-white px-4 py-2">
        <Link to="/flows" className="text-xs text-brand-600 hover:underline">← {t("title")}</Link>
        <h1 className="text-sm font-semibold text-slate-900" data-testid="flow-name">{editor.meta.name}</h1>
        <span className={`rounded-full px-2 py-0.5 text-[11px] ${errorCount > 0 ? "bg-red-50 text-red-700" : "bg-emerald-50 text-emerald-700"}`} data-testid="problem-count">{errorCount > 0 ? t("problems.errors", { count: errorCount }) : t("problems.valid")}</span>
        {canEdit ? <span className="text-[11px] text-slate-400" data-testid="save-state">{t(`save.${autosave.state}`)}</span> : <span className="text-[11px] text-slate-500">{t("readOnly")}</span>}
        <div className="ml-auto flex items-center gap-1">
          {canEdit ? (<>
            <Button size="sm" variant="ghost" disabled={!editor.canUndo} onClick={editor.undo} title="Ctrl+Z">↶ {t("toolbar.undo")}</Button>
            <Button size="sm" variant="ghost" disabled={!editor.canRedo} onClick={editor.redo} title="Ctrl+Shift+Z">↷ {t("toolbar.redo")}</Button>
            <Button size="sm" variant="ghost" onClick={editor.layout} title="Shift+L" data-testid="auto-layout">⇶ {t("toolbar.layout")}</Button>
          </>) : null}
          <a className="text-xs text-brand-600 hover:underline" href={`/flows/${flow.id}/export.json`}>{t("toolbar.export")}</a>
          <Button size="sm" variant="ghost" onClick={() => setHelp(!help)}>⌨ {t("toolbar.shortcuts")}</Button>
        </div>
      </div>
      {autosave.state === "conflict" ? <p className="bg-red-50 px-4 py-1.5 text-xs text-red-700" data-testid="conflict">{t("save.conflictBanner")} <button className="underline" onClick={() => window.location.reload()}>{t("save.reload")}</button></p> : null}
      {notice ? <p className="bg-emerald-50 px-4 py-1.5 text-xs text-emerald-800" data-testid="designer-notice">{notice}</p> : null}
      {help ? <p className="bg-slate-800 px-4 py-1.5 text-[11px] text-slate-100">{t("help")}</p> : null}
      <div className="flex min-h-0 flex-1">
        {canEdit ? <div className="w-40 shrink-0 overflow-y-auto border-r border-slate-200 bg-slate-50 p-2"><Palette onAdd={(type) => { const id = editor.addNode(type, { x: 200, y: 200 }); setSelected(id); setTab("inspector"); }} /></div> : null}
        <div className="min-w-0 flex-1 bg-slate-50">
          <DesignerViewContext.Provider value={view}>
            <Canvas editor={editor} readOnly={readOnly} highlightedEdges={new Set(path.edges)} edgeCounts={overlay?.edges ?? null} onSelect={onSelect} focusNodeId={focus} />
          </DesignerViewContext.Provider>
        </div>
        <div className="flex w-80 shrink-0 flex-col border-l border-slate-200 bg-white">
          <div className="flex border-b border-slate-200 text-[11px]">
            {(["inspector", "problems", "versions", "simulator", "analytics"] as const).map((name) => (
              <button key={name} type="button" onClick={() => setTab(name)} className={`flex-1 px-1 py-2 ${tab === name ? "border-b-2 border-brand-600 font-semibold text-brand-700" : "text-slate-500"}`} data-testid={`tab-${name}`}>
                {t(`tabs.${name}`)}{name === "problems" && problems.length > 0 ? ` (${problems.length})` : ""}
              </button>
            ))}
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto p-3">
            {tab === "inspector" ? (selectedNode ? <Inspector key={selectedNode.id} node={selectedNode} problems={view.problems.get(selectedNode.id) ?? []} readOnly={readOnly} catalog={catalog} onChange={editor.updateNode} /> : <p className="text-xs text-slate-400">{t("inspector.none")}</p>) : null}
            {tab === "problems" ? <ProblemsPanel problems={problems} onFocus={(id) => { setFocus(id); setSelected(id); }} /> : null}
            {tab === "versions" ? <VersionsPanel flowId={flow.id} versions={flow.versions} deployments={flow.deployments} channels={catalog.channels} canEdit={canEdit} hasErrors={hasErrors(problems) || autosave.state !== "saved"} onPublish={doPublish} onChanged={() => revalidator.revalidate()} onCompare={setCompareWith} /> : null}
            {tab === "simulator" ? <SimulatorPanel flowId={flow.id} source="draft" onPath={(nodes, edges) => setPath({ nodes, edges })} /> : null}
            {tab === "analytics" ? <AnalyticsPanel flowId={flow.id} versions={flow.versions} onOverlay={setOverlay} /> : null}
          </div>
        </div>
      </div>
      <datalist id="script-keys">{catalog.scriptKeys.map((k) => <option key={k} value={k} />)}</datalist>
      <datalist id="intents">{catalog.intents.map((k) => <option key={k} value={k} />)}</datalist>
      <datalist id="experiments">{catalog.experiments.map((e) => <option key={e.key} value={e.key} />)}</datalist>
    </div>
  );
}

function groupByNode(problems: FlowProblem[]): Map<string, FlowProblem[]> {
  const map = new Map<string, FlowProblem[]>();
  for (const p of problems) if (p.nodeId) map.set(p.nodeId, [...(map.get(p.nodeId) ?? []), p]);
  return map;
}

/** Nodes added or changed in the draft compared with a version (positions ignored). */
function diffNodes(base: FlowDefinition, draft: FlowDefinition): Map<string, "added" | "changed"> {
  const before = new Map(base.nodes.map((n) => [n.id, JSON.stringify({ ...n, position: null })]));
  const marks = new Map<string, "added" | "changed">();
  for (const node of draft.nodes) {
    const old = before.get(node.id);
    if (old === undefined) marks.set(node.id, "added");
    else if (old !== JSON.stringify({ ...node, position: null })) marks.set(node.id, "changed");
  }
  return marks;
}
