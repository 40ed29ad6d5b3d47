import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import { BaseNode, type CanvasNode } from "./base-node";

/** `message` on the canvas. */
export const MessageNode = memo(function MessageNode(props: NodeProps<CanvasNode>) {
  return <BaseNode {...props} />;
});
