"use client";

import { Button } from "@/components/ui/button";
import { useUrlState } from "@/components/data-table/use-url-state";

/** Drops every filter from the URL (keeping the given keys, e.g. a fixed instanceId). */
export function ClearFiltersButton({ keep = [] }: { keep?: string[] }) {
  const { clear, isPending } = useUrlState();
  return (
    <Button variant="secondary" onClick={() => clear(keep)} disabled={isPending}>
      Clear filters
    </Button>
  );
}
