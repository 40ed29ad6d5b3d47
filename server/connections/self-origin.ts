/** This server's own origin, for connections whose base URL starts with `/` (the demo order system). */
export function selfOrigin(env: { HOST: string; PORT: number }): string {
  const host = env.HOST === "0.0.0.0" || env.HOST === "::" ? "127.0.0.1" : env.HOST;
  return `http://${host.includes(":") ? `[${host}]` : host}:${env.PORT}`;
}
