import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import { BaseNode, type CanvasNode } from "./base-node";

/** `kb_answer` on the canvas. */
export const KbAnswerNode = memo(function KbAnswerNode(props: NodeProps<CanvasNode>) {
  return <BaseNode {...props} />;
});
