import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { checkAuthorizeRequest, SCOPE_LABELS } from "@/lib/connections/sandbox/authorize";
import { isDemoMode } from "@/lib/env";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Acme CRM — Authorise access", robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function Frame({ children }: { children: React.ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-b from-orange-50 to-zinc-100 px-4 py-12">
      <div className="w-full max-w-md rounded-xl bg-white shadow-lg ring-1 ring-zinc-200">
        <header className="flex items-center gap-3 border-b border-zinc-100 px-6 py-4">
          <span aria-hidden className="flex h-9 w-9 items-center justify-center rounded-lg bg-orange-500 text-lg font-bold text-white">A</span>
          <div>
            <h1 className="text-base font-semibold text-zinc-900">Acme CRM</h1>
            <p className="text-xs text-zinc-500">Sandbox provider served by Patchbay in demo mode</p>
          </div>
        </header>
        {children}
      </div>
    </main>
  );
}

export default async function AcmeAuthorizePage({ searchParams }: { searchParams: SearchParams }) {
  if (!isDemoMode()) notFound();
  const raw = await searchParams;
  const params: Record<string, string | undefined> = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, first(v)]));
  const check = checkAuthorizeRequest(params);
  if (!check.ok) {
    return (
      <Frame>
        <div className="px-6 py-5" role="alert">
          <h2 className="text-sm font-semibold text-red-700">This authorisation request cannot be shown</h2>
          <p className="mt-2 text-sm text-zinc-700">{check.description}</p>
          <p className="mt-3 font-mono text-xs text-zinc-500">error: {check.error}</p>
        </div>
      </Frame>
    );
  }
  const { request } = check;
  const returnHost = new URL(request.redirectUri).host;
  return (
    <Frame>
      <form method="post" action="/sandbox/acme/oauth/decision" className="px-6 py-5">
        <p className="text-sm text-zinc-800">
          <span className="font-semibold">{request.clientId}</span> wants to access your Acme contacts.
        </p>
        <p className="mt-4 text-xs font-medium uppercase tracking-wide text-zinc-500">It will be able to</p>
        <ul className="mt-2 space-y-2">
          {request.scopes.map((scope) => (
            <li key={scope} className="flex items-start gap-2 text-sm text-zinc-800">
              <span aria-hidden className="mt-0.5 text-emerald-600">✓</span>
              <span>
                {SCOPE_LABELS[scope]} <span className="font-mono text-xs text-zinc-400">({scope})</span>
              </span>
            </li>
          ))}
        </ul>
        <p className="mt-4 text-xs text-zinc-500">After you decide, you will be sent back to {returnHost}.</p>
        {Object.entries(params).map(([name, value]) =>
          value !== undefined && name !== "decision" ? <input key={name} type="hidden" name={name} value={value} /> : null,
        )}
        <div className="mt-6 flex justify-end gap-2">
          <button type="submit" name="decision" value="deny" className="h-9 rounded-md px-3.5 text-sm font-medium text-zinc-700 ring-1 ring-inset ring-zinc-300 hover:bg-zinc-50">
            Deny
          </button>
          <button type="submit" name="decision" value="approve" className="h-9 rounded-md bg-orange-500 px-3.5 text-sm font-medium text-white hover:bg-orange-600">
            Approve
          </button>
        </div>
      </form>
    </Frame>
  );
}
