import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import { BaseNode, type CanvasNode } from "./base-node";

/** `create_ticket` on the canvas. */
export const CreateTicketNode = memo(function CreateTicketNode(props: NodeProps<CanvasNode>) {
  return <BaseNode {...props} />;
});
