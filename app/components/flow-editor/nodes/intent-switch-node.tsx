import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import { BaseNode, type CanvasNode } from "./base-node";

/** `intent_switch` on the canvas. */
export const IntentSwitchNode = memo(function IntentSwitchNode(props: NodeProps<CanvasNode>) {
  return <BaseNode {...props} />;
});
