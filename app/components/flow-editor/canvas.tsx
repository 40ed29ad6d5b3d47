import { Background, Controls, MiniMap, ReactFlow, useReactFlow, type Edge } from "@xyflow/react";
import { useCallback, useEffect, useMemo } from "react";
import type { NodeType } from "../../../flows";
import { NODE_TYPES } from "./node-types";
import type { CanvasNode } from "./nodes/base-node";
import type { FlowEditor } from "./use-flow-editor";

export const PALETTE_MIME = "application/x-kefu-node";

type Props = {
  editor: FlowEditor;
  readOnly: boolean;
  highlightedEdges: Set<string>;
  edgeCounts: Record<string, number> | null;
  onSelect: (nodeId: string | null) => void;
  focusNodeId: string | null;
};

/** The React Flow canvas: drop from the palette, connect, reconnect, delete, keyboard shortcuts. */
export function Canvas({ editor, readOnly, highlightedEdges, edgeCounts, onSelect, focusNodeId }: Props) {
  const flow = useReactFlow<CanvasNode, Edge>();
  const edges = useMemo(
    () =>
      editor.edges.map((edge) => {
        const count = edgeCounts?.[edge.id];
        const lit = highlightedEdges.has(edge.id);
        return {
          ...edge,
          animated: lit,
          label: count !== undefined ? String(count) : undefined,
          style: { stroke: lit ? "#10b981" : "#94a3b8", strokeWidth: count ? Math.min(1.5 + Math.log2(count + 1), 8) : lit ? 2.5 : 1.5 },
        };
      }),
    [editor.edges, highlightedEdges, edgeCounts],
  );

  useEffect(() => {
    if (!focusNodeId) return;
    const node = flow.getNode(focusNodeId);
    if (node) void flow.setCenter(node.position.x + 110, node.position.y + 40, { zoom: 1.1, duration: 300 });
  }, [focusNodeId, flow]);

  const onDrop = useCallback(
    (event: React.DragEvent) => {
      event.preventDefault();
      const type = event.dataTransfer.getData(PALETTE_MIME) as NodeType;
      if (!type || readOnly) return;
      editor.addNode(type, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    },
    [editor, flow, readOnly],
  );

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (readOnly || (event.target as HTMLElement).closest("input, textarea, select")) return;
    const mod = event.ctrlKey || event.metaKey;
    if (mod && event.key.toLowerCase() === "z") { event.preventDefault(); if (event.shiftKey) editor.redo(); else editor.undo(); }
    else if (mod && event.key.toLowerCase() === "y") { event.preventDefault(); editor.redo(); }
    else if (mod && event.key.toLowerCase() === "c") editor.copy();
    else if (mod && event.key.toLowerCase() === "v") editor.paste();
    else if (event.key.toLowerCase() === "l" && event.shiftKey) editor.layout();
  };

  return (
    <div className="h-full w-full" onKeyDown={onKeyDown} tabIndex={-1} data-testid="canvas">
      <ReactFlow<CanvasNode, Edge>
        nodes={editor.nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        onNodesChange={editor.onNodesChange}
        onEdgesChange={editor.onEdgesChange}
        onConnect={editor.connect}
        onReconnect={(old, connection) => { editor.remember(); editor.onEdgesChange([{ type: "remove", id: old.id }]); editor.connect(connection); }}
        onBeforeDelete={async ({ nodes }) => { if (nodes.some((n) => n.data.node.type === "start")) return false; editor.remember(); return true; }}
        onNodeDragStart={() => editor.remember()}
        onSelectionChange={({ nodes }) => onSelect(nodes.length === 1 ? nodes[0].id : null)}
        onDrop={onDrop}
        onDragOver={(event) => { event.preventDefault(); event.dataTransfer.dropEffect = "move"; }}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        edgesReconnectable={!readOnly}
        deleteKeyCode={readOnly ? null : ["Backspace", "Delete"]}
        multiSelectionKeyCode={["Meta", "Control", "Shift"]}
        onlyRenderVisibleElements
        fitView
        minZoom={0.1}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={16} color="#e2e8f0" />
        <MiniMap pannable zoomable className="!bg-white" nodeColor={(n) => ((n.data as CanvasNode["data"]).node.type === "end" ? "#1e293b" : "#93c5fd")} />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
