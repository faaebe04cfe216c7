"use client";

import { flexRender, getCoreRowModel, useReactTable, type ColumnDef } from "@tanstack/react-table";
import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

export type DataTableColumnMeta = { className?: string };

/**
 * A TanStack table in manual mode: the server already filtered, sorted and paginated `data`
 * (the URL is the state), so the table only renders it.
 */
export function DataTable<T>(props: {
  columns: ColumnDef<T, unknown>[];
  data: T[];
  getRowId: (row: T) => string;
  caption?: string;
  rowClassName?: (row: T) => string | undefined;
  footer?: ReactNode;
  busy?: boolean;
}) {
  // TanStack Table is the table library the project chose; its instance is not memoizable by the React Compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: props.data,
    columns: props.columns,
    getRowId: props.getRowId,
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    manualFiltering: true,
    manualSorting: true,
  });
  return (
    <div className="overflow-hidden rounded-lg bg-white shadow-xs ring-1 ring-zinc-200">
      <div className="overflow-x-auto">
        <table className={cn("w-full text-sm transition-opacity", props.busy && "opacity-60")} aria-busy={props.busy || undefined}>
          {props.caption ? <caption className="sr-only">{props.caption}</caption> : null}
          <thead className="bg-zinc-50 text-left text-xs uppercase tracking-wide text-zinc-500">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <th key={header.id} scope="col" className={cn("whitespace-nowrap px-4 py-2 font-medium", (header.column.columnDef.meta as DataTableColumnMeta | undefined)?.className)}>
                    {header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext())}
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody className="divide-y divide-zinc-100">
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} className={cn("hover:bg-zinc-50", props.rowClassName?.(row.original))}>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={cn("px-4 py-2.5 align-top", (cell.column.columnDef.meta as DataTableColumnMeta | undefined)?.className)}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {props.footer ? <div className="border-t border-zinc-100 px-4 py-3">{props.footer}</div> : null}
    </div>
  );
}
