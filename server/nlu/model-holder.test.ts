import { describe, expect, it } from "vitest";
import { ModelHolder, type NluStamp } from "./model-holder";

function fakeSource(initial: NluStamp) {
  const state = { stamp: { ...initial }, stampReads: 0, modelLoads: 0, kbLoads: 0 };
  const source = {
    readStamp: async () => {
      state.stampReads += 1;
      return { ...state.stamp };
    },
    loadModel: async (stamp: NluStamp) => {
      state.modelLoads += 1;
      return { version: stamp.modelVersion ?? 1, understander: `model-v${stamp.modelVersion}` };
    },
    loadKb: async (stamp: NluStamp) => {
      state.kbLoads += 1;
      return { revision: stamp.kbRevision, index: `kb-r${stamp.kbRevision}` };
    },
  };
  return { state, source };
}

describe("ModelHolder", () => {
  it("loads lazily once and checks the stamp at most once per interval", async () => {
    let clock = 0;
    const { state, source } = fakeSource({ modelVersion: 1, kbRevision: 0, settingsJson: "{}" });
    const holder = new ModelHolder(source, { checkIntervalMs: 1000, now: () => clock });
    expect(holder.peek()).toBeNull();
    const [a, b] = await Promise.all([holder.current(), holder.current()]);
    expect(a).toBe(b);
    expect(state.modelLoads).toBe(1);
    clock = 500;
    await holder.current();
    expect(state.stampReads).toBe(1);
    clock = 1500;
    await holder.current();
    expect(state.stampReads).toBe(2);
    expect(state.modelLoads).toBe(1);
  });

  it("picks up another process's new model, KB revision and settings", async () => {
    let clock = 0;
    const { state, source } = fakeSource({ modelVersion: 1, kbRevision: 0, settingsJson: "{}" });
    const holder = new ModelHolder(source, { now: () => clock });
    const first = await holder.current();
    state.stamp = { modelVersion: 2, kbRevision: 3, settingsJson: '{"t":1}' };
    expect(await holder.current()).toBe(first);
    clock = 1000;
    const next = await holder.current();
    expect(next.model.understander).toBe("model-v2");
    expect(next.kb.index).toBe("kb-r3");
    expect(next.settingsJson).toBe('{"t":1}');
    expect(first.model.understander).toBe("model-v1");
  });

  it("keeps a model installed locally while a slower refresh was loading an older one", async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { source } = fakeSource({ modelVersion: 1, kbRevision: 0, settingsJson: "{}" });
    const holder = new ModelHolder(source, { now: () => 0 });
    await holder.current();
    holder.invalidate();
    const slow = {
      ...source,
      readStamp: async () => ({ modelVersion: 3, kbRevision: 0, settingsJson: "{}" }),
      loadModel: async () => {
        await gate;
        return { version: 3, understander: "model-v3" };
      },
    };
    Object.assign(source, slow);
    const pending = holder.current();
    holder.installModel({ version: 4, understander: "model-v4" });
    release();
    expect((await pending).model.version).toBe(4);
    expect(holder.peek()?.model.version).toBe(4);
  });
});
