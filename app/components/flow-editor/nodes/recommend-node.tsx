import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import { BaseNode, type CanvasNode } from "./base-node";

/** `recommend` on the canvas. */
export const RecommendNode = memo(function RecommendNode(props: NodeProps<CanvasNode>) {
  return <BaseNode {...props} />;
});
