import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import { BaseNode, type CanvasNode } from "./base-node";

/** `experiment_split` on the canvas. */
export const ExperimentSplitNode = memo(function ExperimentSplitNode(props: NodeProps<CanvasNode>) {
  return <BaseNode {...props} />;
});
