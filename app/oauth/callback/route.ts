import { NextResponse } from "next/server";
import { sessionUserId } from "@/lib/auth/guard";
import { handleBrowserCallback } from "@/lib/connections/browser-callback";
import { hubUrl } from "@/lib/env";

export const dynamic = "force-dynamic";

/** The hub's single OAuth2 redirect URI (register `<hub>/oauth/callback` at the provider). */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const userId = await sessionUserId();
  if (!userId) {
    // The state is bound to the operator who pressed Connect: sign in first, then come back here.
    const signIn = new URL("/sign-in", hubUrl());
    signIn.searchParams.set("callbackUrl", `${hubUrl()}/oauth/callback${url.search}`);
    return NextResponse.redirect(signIn, 303);
  }
  const target = await handleBrowserCallback(userId, {
    code: url.searchParams.get("code"),
    state: url.searchParams.get("state"),
    error: url.searchParams.get("error"),
    errorDescription: url.searchParams.get("error_description"),
  });
  return NextResponse.redirect(target, 303);
}
