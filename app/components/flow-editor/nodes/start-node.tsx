import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import { BaseNode, type CanvasNode } from "./base-node";

/** `start` on the canvas. */
export const StartNode = memo(function StartNode(props: NodeProps<CanvasNode>) {
  return <BaseNode {...props} />;
});
