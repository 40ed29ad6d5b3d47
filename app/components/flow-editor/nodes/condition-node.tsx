import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import { BaseNode, type CanvasNode } from "./base-node";

/** `condition` on the canvas. */
export const ConditionNode = memo(function ConditionNode(props: NodeProps<CanvasNode>) {
  return <BaseNode {...props} />;
});
