import { createHash, randomBytes } from "node:crypto";

/** Channel API keys are high-entropy random strings, so a plain SHA-256 is a safe stored form. */
export function hashChannelKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

export function generateChannelKey(): string {
  return `kf_${randomBytes(24).toString("base64url")}`;
}

export function channelKeyPrefix(key: string): string {
  return key.slice(0, 8);
}
