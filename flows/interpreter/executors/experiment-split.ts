import { follow, type NodeExecutor } from "../executor";

/** The runtime asks the experiment engine; a customer outside the experiment takes the first (control) edge. */
export const experimentSplitExecutor: NodeExecutor<"experiment_split"> = {
  enter: (node) => ({
    then: {
      kind: "wait_effect",
      effect: { type: "assign_experiment", nodeId: node.id, experimentKey: node.data.experimentKey, variations: [...node.data.variations] },
    },
  }),
  onEffectResult(node, _input, result) {
    const variation = result.kind === "experiment_assignment" ? result.variation : null;
    const known = variation !== null && node.data.variations.includes(variation);
    return { vars: { [`experiment_${node.data.experimentKey}`]: known ? variation : node.data.variations[0] }, then: follow(known ? variation : node.data.variations[0]) };
  },
};
