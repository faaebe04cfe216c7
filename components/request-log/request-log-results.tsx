"use client";

import type { RequestRow } from "@/lib/request-log/queries";
import { DataTable } from "@/components/data-table/data-table";
import { CursorPagination } from "@/components/data-table/cursor-pagination";
import { requestColumns } from "./request-columns";

/** The client half of the request log table: rows already filtered and paginated by the server. */
export function RequestLogResults({ rows, nextCursor }: { rows: RequestRow[]; nextCursor: string | null }) {
  return (
    <DataTable
      caption="Integration requests, newest first"
      columns={requestColumns}
      data={rows}
      getRowId={(row) => row.id}
      rowClassName={(row) => (row.status === "Failed" ? "bg-red-50/40" : undefined)}
      footer={<CursorPagination nextCursor={nextCursor} shown={rows.length} label={rows.length === 1 ? "request" : "requests"} />}
    />
  );
}
