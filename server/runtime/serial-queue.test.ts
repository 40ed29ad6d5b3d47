import { describe, expect, it } from "vitest";
import { SerialQueue } from "./serial-queue";

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("SerialQueue", () => {
  it("runs tasks of one key in order, one at a time, even when earlier ones fail", async () => {
    const queue = new SerialQueue();
    const log: string[] = [];
    let running = 0;
    const tasks = Array.from({ length: 20 }, (_, i) =>
      queue.run("a", async () => {
        running++;
        expect(running).toBe(1);
        await tick(i % 3);
        log.push(`a${i}`);
        running--;
        if (i === 5) throw new Error("boom");
        return i;
      }),
    );
    const results = await Promise.allSettled(tasks);
    expect(log).toEqual(Array.from({ length: 20 }, (_, i) => `a${i}`));
    expect(results[5].status).toBe("rejected");
    expect(results[6]).toEqual({ status: "fulfilled", value: 6 });
    await tick(1);
    expect(queue.pendingKeys).toBe(0);
  });

  it("runs different keys concurrently", async () => {
    const queue = new SerialQueue();
    let concurrent = 0;
    let peak = 0;
    await Promise.all(
      ["a", "b", "c"].map((key) =>
        queue.run(key, async () => {
          concurrent++;
          peak = Math.max(peak, concurrent);
          await tick(5);
          concurrent--;
        }),
      ),
    );
    expect(peak).toBe(3);
  });
});
