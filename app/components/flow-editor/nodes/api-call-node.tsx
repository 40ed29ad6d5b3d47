import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import { BaseNode, type CanvasNode } from "./base-node";

/** `api_call` on the canvas. */
export const ApiCallNode = memo(function ApiCallNode(props: NodeProps<CanvasNode>) {
  return <BaseNode {...props} />;
});
