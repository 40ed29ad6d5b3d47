import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import { BaseNode, type CanvasNode } from "./base-node";

/** `handoff` on the canvas. */
export const HandoffNode = memo(function HandoffNode(props: NodeProps<CanvasNode>) {
  return <BaseNode {...props} />;
});
