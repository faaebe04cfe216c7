import { forwardRef, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";
import { cn } from "@/lib/cn";

export const inputClasses =
  "block w-full rounded-md border-0 bg-white px-2.5 py-1.5 text-sm text-zinc-900 shadow-xs ring-1 ring-inset ring-zinc-300 placeholder:text-zinc-400 focus:ring-2 focus:ring-inset focus:ring-indigo-600 disabled:bg-zinc-100 disabled:text-zinc-500 aria-[invalid=true]:ring-red-500";

export const Input = forwardRef<HTMLInputElement, InputHTMLAttributes<HTMLInputElement>>(function Input({ className, ...props }, ref) {
  return <input ref={ref} className={cn(inputClasses, "h-9", className)} {...props} />;
});

export const Select = forwardRef<HTMLSelectElement, SelectHTMLAttributes<HTMLSelectElement>>(function Select({ className, ...props }, ref) {
  return <select ref={ref} className={cn(inputClasses, "h-9 pr-8", className)} {...props} />;
});

export const Textarea = forwardRef<HTMLTextAreaElement, TextareaHTMLAttributes<HTMLTextAreaElement>>(function Textarea({ className, ...props }, ref) {
  return <textarea ref={ref} className={cn(inputClasses, "font-mono", className)} {...props} />;
});

/** A labelled field with its help text and error message linked through aria-describedby. */
export function Field(props: { id: string; label: string; required?: boolean; help?: ReactNode; error?: string; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={props.id} className="block text-sm font-medium text-zinc-800">
        {props.label}
        {props.required ? <span className="ml-0.5 text-red-600" aria-hidden>*</span> : null}
      </label>
      {props.children}
      {props.help ? <p id={`${props.id}-help`} className="text-xs text-zinc-500">{props.help}</p> : null}
      {props.error ? <p id={`${props.id}-error`} className="text-xs font-medium text-red-600" role="alert">{props.error}</p> : null}
    </div>
  );
}

export function describedBy(id: string, options: { help?: unknown; error?: unknown }) {
  return [options.help ? `${id}-help` : null, options.error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}
