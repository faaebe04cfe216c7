import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main className="flex min-h-screen items-center justify-center bg-zinc-50 px-4">
      <div className="max-w-md text-center">
        <p className="text-sm font-semibold text-indigo-600">404</p>
        <h1 className="mt-2 text-2xl font-semibold text-zinc-900">This page does not exist</h1>
        <p className="mt-2 text-sm text-zinc-600">The link may be old, or the record was deleted.</p>
        <Link href="/" className={buttonClasses("primary", "md", "mt-6")}>Back to the overview</Link>
      </div>
    </main>
  );
}
