// Acme's authorization endpoint: checks the request shown on the consent page and turns the
// owner's decision into the redirect back to the client (with a code, or error=access_denied).
import { issueGrant } from "./grants";

export const SCOPE_LABELS: Record<string, string> = {
  "contacts.read": "See your contacts and their details",
  "contacts.write": "Create and change contacts",
};
export const DEFAULT_SCOPE = "contacts.read contacts.write";
const CODE_TTL_SECONDS = 60;

export type AuthorizeRequest = {
  clientId: string;
  redirectUri: string;
  scopes: string[];
  state: string | null;
  codeChallenge: string;
};

export type AuthorizeCheck = { ok: true; request: AuthorizeRequest } | { ok: false; error: string; description: string };

const CHALLENGE = /^[A-Za-z0-9_-]{43,128}$/;

function validRedirect(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hash === "";
  } catch {
    return false;
  }
}

/** Every check of an authorization request; problems are shown on an error page, not redirected. */
export function checkAuthorizeRequest(params: URLSearchParams | Record<string, string | undefined>): AuthorizeCheck {
  const get = (name: string) => (params instanceof URLSearchParams ? params.get(name) : params[name]) ?? "";
  const clientId = get("client_id");
  const redirectUri = get("redirect_uri");
  if (!clientId) return { ok: false, error: "invalid_request", description: "The request names no client (client_id is missing)." };
  if (!redirectUri || !validRedirect(redirectUri)) {
    return { ok: false, error: "invalid_request", description: "The redirect_uri is missing or is not an absolute http(s) URL." };
  }
  if (get("response_type") !== "code") return { ok: false, error: "unsupported_response_type", description: "Acme supports only response_type=code." };
  const method = get("code_challenge_method");
  if (!get("code_challenge")) return { ok: false, error: "invalid_request", description: "PKCE is required: the code_challenge is missing." };
  if (method !== "S256") {
    return { ok: false, error: "invalid_request", description: `PKCE must use code_challenge_method=S256 (got ${method ? `"${method.slice(0, 20)}"` : "none"}).` };
  }
  if (!CHALLENGE.test(get("code_challenge"))) return { ok: false, error: "invalid_request", description: "The code_challenge is not a valid S256 challenge." };
  const scopes = (get("scope") || DEFAULT_SCOPE).split(/\s+/).filter(Boolean);
  const unknown = scopes.filter((scope) => !(scope in SCOPE_LABELS));
  if (unknown.length > 0) return { ok: false, error: "invalid_scope", description: `Acme does not know the scope ${unknown.join(", ")}.` };
  return { ok: true, request: { clientId, redirectUri, scopes, state: get("state") || null, codeChallenge: get("code_challenge") } };
}

/** Where the browser goes after Approve (a 60-second single-use code) or Deny. */
export async function decideAuthorization(request: AuthorizeRequest, approved: boolean): Promise<string> {
  const target = new URL(request.redirectUri);
  if (approved) {
    const code = await issueGrant(
      "code",
      { clientId: request.clientId, scope: request.scopes.join(" "), redirectUri: request.redirectUri, codeChallenge: request.codeChallenge },
      CODE_TTL_SECONDS,
    );
    target.searchParams.set("code", code);
  } else {
    target.searchParams.set("error", "access_denied");
    target.searchParams.set("error_description", "The account owner denied access");
  }
  if (request.state) target.searchParams.set("state", request.state);
  return target.toString();
}

/** The consent form's POST: re-checks the request (the form is client-side data) and redirects. */
export async function decisionEndpoint(request: Request): Promise<Response> {
  const form = Object.fromEntries(new URLSearchParams(await request.text()));
  const check = checkAuthorizeRequest(form);
  if (!check.ok) return Response.json({ error: check.error, error_description: check.description }, { status: 400 });
  const location = await decideAuthorization(check.request, form.decision === "approve");
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}
