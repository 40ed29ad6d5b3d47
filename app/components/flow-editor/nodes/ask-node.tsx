import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import { BaseNode, type CanvasNode } from "./base-node";

/** `ask` on the canvas. */
export const AskNode = memo(function AskNode(props: NodeProps<CanvasNode>) {
  return <BaseNode {...props} />;
});
