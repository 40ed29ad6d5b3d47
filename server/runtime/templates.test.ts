import { describe, expect, it } from "vitest";
import { FLOW_TEMPLATES, validateFlow } from "../../flows";
import { BUILTIN_INTENTS } from "../nlu/types";
import { DEMO_SCRIPTS } from "../scripts/demo-scripts";
import { DEFAULT_SKILL_GROUPS } from "./starter-content";

describe("template flows against the starter catalog", () => {
  it("every template validates with no problem: its scripts, skill groups, intents and the orders connection exist", () => {
    const catalog = {
      scriptKeys: new Set(DEMO_SCRIPTS.keys()),
      skillGroups: new Set(DEFAULT_SKILL_GROUPS.map((g) => g.id)),
      connections: new Set(["orders"]),
      intents: new Set<string>(BUILTIN_INTENTS),
      experiments: new Map<string, string[]>(),
    };
    for (const template of FLOW_TEMPLATES) expect(validateFlow(template, catalog), template.id).toEqual([]);
  });

  it("exactly one catch-all flow, and no two flows start on the same intent", () => {
    const starts = FLOW_TEMPLATES.map((flow) => flow.nodes.find((node) => node.type === "start")).map((node) => (node?.type === "start" ? node.data : null));
    expect(starts.filter((data) => data?.catchAll)).toHaveLength(1);
    const intents = starts.flatMap((data) => data?.intents ?? []);
    expect(new Set(intents).size).toBe(intents.length);
  });
});
