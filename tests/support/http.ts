/** A tiny cookie-keeping client for driving the console over real HTTP in integration tests. */
export class ConsoleClient {
  private cookies = new Map<string, string>();
  csrfToken: string | null = null;

  constructor(readonly baseUrl: string) {}

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  async request(pathname: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("Cookie", this.cookieHeader());
    const response = await fetch(this.baseUrl + pathname, { ...init, headers, redirect: "manual" });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const index = pair.indexOf("=");
      const name = pair.slice(0, index);
      const value = pair.slice(index + 1);
      if (/max-age=0/i.test(line) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  async signIn(email: string, password: string): Promise<Response> {
    const response = await this.request("/login", {
      method: "POST",
      body: new URLSearchParams({ email, password, redirectTo: "/" }),
    });
    if (response.status === 302) await this.loadCsrf();
    return response;
  }

  /** The session's CSRF token, as the console receives it (same-origin JSON only). */
  async loadCsrf(): Promise<void> {
    const response = await this.trpcQuery("me.get");
    const body = (await response.json()) as { result?: { data?: { csrfToken?: string } } };
    this.csrfToken = body.result?.data?.csrfToken ?? null;
  }

  trpcQuery(procedure: string, input?: unknown): Promise<Response> {
    const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
    return this.request(`/api/trpc/${procedure}${query}`);
  }

  trpcMutation(procedure: string, input: unknown, csrf: string | null = this.csrfToken): Promise<Response> {
    return this.request(`/api/trpc/${procedure}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...(csrf ? { "x-csrf-token": csrf } : {}) },
      body: JSON.stringify(input),
    });
  }
}
