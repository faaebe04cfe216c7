// Plain module (not "use client") so server components such as loading.tsx can read the headings.
export const REQUEST_COLUMN_LABELS = ["Time", "Service", "Method", "Status", "HTTP", "Duration", "Attempt", "Reference"];
