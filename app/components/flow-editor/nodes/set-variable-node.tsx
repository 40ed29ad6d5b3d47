import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import { BaseNode, type CanvasNode } from "./base-node";

/** `set_variable` on the canvas. */
export const SetVariableNode = memo(function SetVariableNode(props: NodeProps<CanvasNode>) {
  return <BaseNode {...props} />;
});
