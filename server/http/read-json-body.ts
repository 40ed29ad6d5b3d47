import { DomainError } from "../errors";

export const MAX_BODY_BYTES = 64 * 1024;
/** An oversized upload is read (and dropped) up to here so the client still receives its 413. */
const DRAIN_LIMIT_BYTES = 1024 * 1024;

function tooLarge(limit: number): DomainError {
  return new DomainError("payload_too_large", `The body is larger than ${limit / 1024} KiB.`);
}

/** Cheap check on the declared length, before authentication or any read. */
export function assertDeclaredLength(request: Request, limit = MAX_BODY_BYTES): void {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
}

/** Reads at most `limit` bytes (chunked bodies too) and parses JSON; untrusted, so `unknown`. */
export async function readJsonBody(request: Request, limit = MAX_BODY_BYTES): Promise<unknown> {
  assertDeclaredLength(request, limit);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        await drain(reader, DRAIN_LIMIT_BYTES - total);
        throw tooLarge(limit);
      }
      chunks.push(value);
    }
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") throw new DomainError("invalid", "The body must be a JSON object.");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DomainError("invalid", "The body is not valid JSON.");
  }
}

async function drain(reader: ReadableStreamDefaultReader<Uint8Array>, budget: number): Promise<void> {
  let left = budget;
  while (left > 0) {
    const { done, value } = await reader.read();
    if (done) return;
    left -= value.byteLength;
  }
  await reader.cancel();
}
