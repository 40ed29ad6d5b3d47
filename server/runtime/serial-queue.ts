/**
 * Runs tasks with the same key strictly one after another, in the order they were queued; tasks
 * with different keys run concurrently. The runtime keys by channel + customer, so one
 * conversation's messages never overlap while other conversations proceed.
 */
export class SerialQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      // Drop the key once nothing else was queued behind this task, so the map does not grow forever.
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  get pendingKeys(): number {
    return this.tails.size;
  }
}
