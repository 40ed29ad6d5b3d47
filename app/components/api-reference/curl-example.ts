/** A copy-pasteable curl line for an endpoint; shell-quoted so the example body survives as is. */
export function curlExample(options: { origin: string; method: string; path: string; body?: unknown; auth: boolean }): string {
  const path = options.path.replace("{id}", "CONVERSATION_ID");
  const lines = [`curl -sS -X ${options.method.toUpperCase()} '${options.origin}${path}${options.method === "get" && path.includes("/messages") ? "?after=" : ""}'`];
  if (options.auth) lines.push(`  -H 'Authorization: Bearer YOUR_CHANNEL_KEY'`);
  if (options.body !== undefined) {
    lines.push(`  -H 'Content-Type: application/json'`);
    lines.push(`  -d '${JSON.stringify(options.body, null, 2).replace(/'/g, "'\\''")}'`);
  }
  return lines.join(" \\\n");
}
