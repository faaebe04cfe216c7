import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { sessionUserId } from "@/lib/auth/guard";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  if (await sessionUserId()) redirect("/");
  const { callbackUrl } = await searchParams;
  const safeCallback = callbackUrl?.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";
  return (
    <main className="flex min-h-screen items-center justify-center bg-zinc-100 px-4">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <div className="mx-auto mb-3 flex size-11 items-center justify-center rounded-xl bg-indigo-600 text-lg font-bold text-white">P</div>
          <h1 className="text-xl font-semibold text-zinc-900">Sign in to Patchbay</h1>
          <p className="mt-1 text-sm text-zinc-600">Connect services, run syncs, see every request.</p>
        </div>
        <div className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-zinc-200">
          <SignInForm callbackUrl={safeCallback} />
        </div>
      </div>
    </main>
  );
}
