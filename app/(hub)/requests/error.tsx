"use client";

import { useEffect } from "react";
import { AlertTriangle } from "lucide-react";
import { Button } from "@/components/ui/button";

// A failed query is shown as an error, never as an empty table.
export default function RequestLogError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="flex flex-col items-center rounded-lg border border-red-200 bg-red-50 px-6 py-12 text-center">
      <AlertTriangle className="mb-3 size-6 text-red-600" aria-hidden />
      <h2 className="text-base font-semibold text-red-900">The request log could not be loaded</h2>
      <p className="mt-1 max-w-md text-sm text-red-800">
        Something went wrong while reading the requests. Nothing was changed. Try again; if it keeps happening, check that the
        database is running{error.digest ? <> (reference <code className="font-mono">{error.digest}</code>)</> : null}.
      </p>
      <Button className="mt-5" variant="secondary" onClick={() => reset()}>Try again</Button>
    </div>
  );
}
