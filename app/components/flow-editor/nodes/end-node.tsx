import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import { BaseNode, type CanvasNode } from "./base-node";

/** `end` on the canvas. */
export const EndNode = memo(function EndNode(props: NodeProps<CanvasNode>) {
  return <BaseNode {...props} />;
});
