"use client";

import Link from "next/link";
import type { ColumnDef } from "@tanstack/react-table";
import { ArrowDownLeft } from "lucide-react";
import type { RequestRow } from "@/lib/request-log/queries";
import { formatDateTime, formatDuration } from "@/lib/format/time";
import { StatusBadge } from "@/components/ui/level-badge";

const muted = <span className="text-zinc-400">—</span>;

export function attemptLabel(row: Pick<RequestRow, "attempt" | "attemptsInExecution">): string {
  return row.attemptsInExecution > 1 ? `${row.attempt} of ${row.attemptsInExecution}` : String(row.attempt);
}

export const requestColumns: ColumnDef<RequestRow, unknown>[] = [
  {
    id: "time",
    header: "Time",
    meta: { className: "whitespace-nowrap" },
    cell: ({ row }) => (
      <Link href={`/requests/${row.original.id}`} className="font-medium text-indigo-700 hover:underline" title={`Open request ${row.original.requestId}`}>
        {formatDateTime(row.original.createdAt)}
      </Link>
    ),
  },
  {
    id: "service",
    header: "Service",
    cell: ({ row }) => (
      <span className="inline-flex items-center gap-1">
        {row.original.direction === "inbound" ? <ArrowDownLeft className="size-3.5 text-zinc-500" aria-label="Inbound" /> : null}
        {row.original.integrationRequestService}
      </span>
    ),
  },
  { id: "method", header: "Method", cell: ({ row }) => (row.original.method ? <code className="font-mono text-xs">{row.original.method}</code> : muted) },
  {
    id: "status",
    header: "Status",
    cell: ({ row }) => (
      <span className="flex flex-col items-start gap-0.5">
        <StatusBadge status={row.original.status} />
        {row.original.errorCode ? <span className="font-mono text-[11px] text-zinc-500">{row.original.errorCode}</span> : null}
      </span>
    ),
  },
  {
    id: "http",
    header: "HTTP",
    meta: { className: "whitespace-nowrap" },
    cell: ({ row }) => {
      const { httpMethod, statusCode } = row.original;
      if (!httpMethod && statusCode === null) return muted;
      return (
        <span className="font-mono text-xs">
          {httpMethod ?? ""} {statusCode !== null ? <span className={statusCode >= 400 ? "text-red-700" : "text-emerald-700"}>{statusCode}</span> : null}
        </span>
      );
    },
  },
  { id: "duration", header: "Duration", meta: { className: "whitespace-nowrap text-right" }, cell: ({ row }) => formatDuration(row.original.durationMs) },
  { id: "attempt", header: "Attempt", meta: { className: "whitespace-nowrap" }, cell: ({ row }) => attemptLabel(row.original) },
  {
    id: "reference",
    header: "Reference",
    cell: ({ row }) =>
      row.original.referenceDoctype || row.original.referenceDocname ? (
        <span className="text-xs">
          {row.original.referenceDoctype}
          {row.original.referenceDocname ? <span className="text-zinc-500"> / {row.original.referenceDocname}</span> : null}
        </span>
      ) : (
        muted
      ),
  },
];
