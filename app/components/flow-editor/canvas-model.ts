import type { Edge } from "@xyflow/react";
import dagre from "@dagrejs/dagre";
import { handlesOf, type FlowDefinition, type FlowEdge, type FlowNode } from "../../../flows";
import type { CanvasNode } from "./nodes/base-node";

export type FlowMeta = Omit<FlowDefinition, "nodes" | "edges">;

export function toCanvasNodes(flow: FlowDefinition): CanvasNode[] {
  return flow.nodes.map((node) => ({ id: node.id, type: node.type, position: node.position, data: { node }, deletable: node.type !== "start" }));
}

export function toCanvasEdges(edges: readonly FlowEdge[]): Edge[] {
  return edges.map((edge) => ({ id: edge.id, source: edge.source, target: edge.target, sourceHandle: edge.handle, type: "smoothstep" }));
}

/** The flow the canvas shows, with positions from the canvas: what is validated, saved and published. */
export function fromCanvas(meta: FlowMeta, nodes: readonly CanvasNode[], edges: readonly Edge[]): FlowDefinition {
  return {
    ...meta,
    nodes: nodes.map((n): FlowNode => ({ ...n.data.node, position: { x: Math.round(n.position.x), y: Math.round(n.position.y) } })),
    edges: edges.map((e) => ({ id: e.id, source: e.source, target: e.target, handle: e.sourceHandle ?? "next" })),
  };
}

export function edgeId(source: string, handle: string, target: string): string {
  return `${source}.${handle}-${target}`;
}

/** Left-to-right layered layout (dagre), node heights from their handle counts. */
export function autoLayout(nodes: readonly CanvasNode[], edges: readonly Edge[]): CanvasNode[] {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: "LR", nodesep: 30, ranksep: 80 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of nodes) graph.setNode(node.id, { width: 224, height: 70 + handlesOf(node.data.node).allowed.length * 14 });
  for (const edge of edges) graph.setEdge(edge.source, edge.target);
  dagre.layout(graph);
  return nodes.map((node) => {
    const placed = graph.node(node.id);
    return placed ? { ...node, position: { x: placed.x - placed.width / 2, y: placed.y - placed.height / 2 } } : node;
  });
}

export function nextNodeId(nodes: readonly CanvasNode[], type: string): string {
  const used = new Set(nodes.map((n) => n.id));
  for (let i = 1; ; i++) {
    const id = `${type}_${i}`;
    if (!used.has(id)) return id;
  }
}
