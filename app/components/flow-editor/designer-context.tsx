import { createContext, useContext } from "react";
import type { FlowProblem } from "../../../flows";

export type NodeOverlay = { entered: number; abandoned: number; escalated: number };

/** What nodes read besides their own data: problems, the simulator's path, analytics, diff marks. No callbacks. */
export type DesignerView = {
  problems: Map<string, FlowProblem[]>;
  highlighted: Set<string>;
  analytics: Record<string, NodeOverlay> | null;
  diff: Map<string, "added" | "changed"> | null;
};

export const DesignerViewContext = createContext<DesignerView>({ problems: new Map(), highlighted: new Set(), analytics: null, diff: null });

export const useDesignerView = () => useContext(DesignerViewContext);
