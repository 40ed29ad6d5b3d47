import { addEdge, useEdgesState, useNodesState, type Connection, type Edge } from "@xyflow/react";
import { useCallback, useMemo, useRef, useState } from "react";
import type { FlowDefinition, FlowNode, NodeType } from "../../../flows";
import { autoLayout, edgeId, fromCanvas, nextNodeId, toCanvasEdges, toCanvasNodes, type FlowMeta } from "./canvas-model";
import { defaultNode } from "./node-meta";
import type { CanvasNode } from "./nodes/base-node";

type Snapshot = { nodes: CanvasNode[]; edges: Edge[] };
const HISTORY = 100;

/**
 * The designer's state: React Flow's nodes and edges are the source of truth while editing; the
 * flow definition is derived from them. Undo/redo keep snapshots taken before each change.
 */
export function useFlowEditor(initial: FlowDefinition) {
  const [meta, setMeta] = useState<FlowMeta>(() => withoutGraph(initial));
  const [nodes, setNodes, onNodesChange] = useNodesState<CanvasNode>(toCanvasNodes(initial));
  const [edges, setEdges, onEdgesChange] = useEdgesState<Edge>(toCanvasEdges(initial.edges));
  const past = useRef<Snapshot[]>([]);
  const future = useRef<Snapshot[]>([]);
  const clipboard = useRef<CanvasNode[]>([]);
  const [version, setVersion] = useState(0);

  const definition = useMemo(() => fromCanvas(meta, nodes, edges), [meta, nodes, edges]);

  const remember = useCallback(() => {
    past.current = [...past.current.slice(-HISTORY + 1), { nodes, edges }];
    future.current = [];
    setVersion((v) => v + 1);
  }, [nodes, edges]);

  const restore = useCallback((from: React.MutableRefObject<Snapshot[]>, to: React.MutableRefObject<Snapshot[]>) => {
    const snapshot = from.current.pop();
    if (!snapshot) return;
    to.current.push({ nodes, edges });
    setNodes(snapshot.nodes);
    setEdges(snapshot.edges);
    setVersion((v) => v + 1);
  }, [nodes, edges, setNodes, setEdges]);

  const connect = useCallback((connection: Connection) => {
    remember();
    const handle = connection.sourceHandle ?? "next";
    setEdges((current) => addEdge({ ...connection, id: edgeId(connection.source, handle, connection.target), sourceHandle: handle, type: "smoothstep" }, current.filter((e) => !(e.source === connection.source && e.sourceHandle === handle))));
  }, [remember, setEdges]);

  const addNode = useCallback((type: NodeType, position: { x: number; y: number }) => {
    remember();
    const id = nextNodeId(nodes, type);
    const node = defaultNode(type, id, position);
    setNodes((current) => [...current.map((n) => ({ ...n, selected: false })), { id, type, position, data: { node }, selected: true }]);
    return id;
  }, [remember, nodes, setNodes]);

  const updateNode = useCallback((next: FlowNode) => {
    remember();
    setNodes((current) => current.map((n) => (n.id === next.id ? { ...n, data: { node: { ...next, position: n.position } } } : n)));
  }, [remember, setNodes]);

  const copy = useCallback(() => {
    clipboard.current = nodes.filter((n) => n.selected && n.data.node.type !== "start");
  }, [nodes]);

  const paste = useCallback(() => {
    if (clipboard.current.length === 0) return;
    remember();
    const taken = [...nodes];
    const pasted = clipboard.current.map((n) => {
      const id = nextNodeId(taken, n.data.node.type);
      const position = { x: n.position.x + 40, y: n.position.y + 40 };
      const copyNode: CanvasNode = { ...n, id, position, selected: true, data: { node: { ...n.data.node, id, position } } };
      taken.push(copyNode);
      return copyNode;
    });
    setNodes([...nodes.map((n) => ({ ...n, selected: false })), ...pasted]);
  }, [nodes, remember, setNodes]);

  const layout = useCallback(() => {
    remember();
    setNodes(autoLayout(nodes, edges));
  }, [remember, nodes, edges, setNodes]);

  const replaceAll = useCallback((flow: FlowDefinition) => {
    setMeta(withoutGraph(flow));
    setNodes(toCanvasNodes(flow));
    setEdges(toCanvasEdges(flow.edges));
    past.current = [];
    future.current = [];
  }, [setNodes, setEdges]);

  return {
    meta, setMeta, nodes, edges, onNodesChange, onEdgesChange, definition, version,
    connect, addNode, updateNode, copy, paste, layout, replaceAll, remember,
    undo: () => restore(past, future),
    redo: () => restore(future, past),
    canUndo: past.current.length > 0,
    canRedo: future.current.length > 0,
  };
}

function withoutGraph(flow: FlowDefinition): FlowMeta {
  const { nodes: _nodes, edges: _edges, ...meta } = flow;
  return meta;
}

export type FlowEditor = ReturnType<typeof useFlowEditor>;
