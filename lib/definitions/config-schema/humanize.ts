const ACRONYMS = new Set(["id", "url", "uri", "api", "ip", "http", "https", "ssl", "tls", "ssh", "sql", "db", "oauth", "json", "xml", "html", "utc", "smtp", "dns", "jwt", "cpu", "sdk", "crm", "hmac"]);

/** `clientId` → "Client ID", `redirect_uri` → "Redirect URI", `baseUrl` → "Base URL". */
export function humanize(name: string): string {
  const words = name
    .replace(/([a-z\d])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[\s_\-.]+/)
    .filter(Boolean);
  return words
    .map((w, i) => {
      const lower = w.toLowerCase();
      if (ACRONYMS.has(lower)) return lower === "oauth" ? "OAuth" : lower.toUpperCase();
      return i === 0 ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
    })
    .join(" ");
}
