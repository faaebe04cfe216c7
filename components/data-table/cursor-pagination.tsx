"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { ChevronRight, ChevronsLeft } from "lucide-react";
import { buttonClasses } from "@/components/ui/button";

/** Keyset pagination: "Next page" puts the server's nextCursor into the URL; "Newest" drops it. */
export function CursorPagination({ nextCursor, shown, label = "rows" }: { nextCursor: string | null; shown: number; label?: string }) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const onLaterPage = searchParams.has("cursor");
  const href = (cursor: string | null) => {
    const next = new URLSearchParams(searchParams.toString());
    if (cursor) next.set("cursor", cursor);
    else next.delete("cursor");
    const query = next.toString();
    return query ? `${pathname}?${query}` : pathname;
  };
  return (
    <nav aria-label="Pages" className="flex items-center justify-between gap-3 text-sm text-zinc-600">
      <span>
        {shown} {label}
        {onLaterPage ? " on this page" : nextCursor ? ", newest first" : ""}
      </span>
      <div className="flex items-center gap-2">
        {onLaterPage ? (
          <Link href={href(null)} className={buttonClasses("secondary", "sm")} scroll={false}>
            <ChevronsLeft className="size-4" aria-hidden /> Newest
          </Link>
        ) : null}
        {nextCursor ? (
          <Link href={href(nextCursor)} className={buttonClasses("secondary", "sm")} scroll={false}>
            Next page <ChevronRight className="size-4" aria-hidden />
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
