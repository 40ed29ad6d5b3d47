import entries from "./data/kb-demo.json";
import type { KbEntry } from "./kb";

/** Demo knowledge-base entries (zh-CN and en) for the demo seed. */
export function loadDemoKbEntries(): KbEntry[] {
  return entries as KbEntry[];
}
