import jsonata from "jsonata";
import { newQuickJSWASMModule, type QuickJSContext, type QuickJSHandle, type QuickJSWASMModule } from "quickjs-emscripten";

import { IntegrationError } from "./errors";

/**
 * A transform is JavaScript source (`function transform(input, context) { … }` or a function
 * expression) run in a QuickJS sandbox, or `{ jsonata: "<expression>" }`.
 */
export type Transform = string | { jsonata: string };

/** Public, non-secret data a transform may read as its second argument. Never put secrets here. */
export type TransformContext = Record<string, unknown>;

export interface TransformOptions {
  context?: TransformContext;
  timeoutMs?: number;
  memoryLimitBytes?: number;
  maxStackSizeBytes?: number;
}

export const TRANSFORM_DEFAULTS = {
  timeoutMs: 1000,
  memoryLimitBytes: 32 * 1024 * 1024,
  maxStackSizeBytes: 256 * 1024,
} as const;

// QuickJS runs on the host's (V8's) stack. Above roughly 256 KiB a deep recursion overflows
// the host stack before QuickJS notices, which aborts the WebAssembly module, so cap it.
const MAX_STACK_SIZE_BYTES = 256 * 1024;

export function isTransform(value: unknown): value is Transform {
  if (typeof value === "string") return true;
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { jsonata?: unknown }).jsonata === "string"
  );
}

/** Runs a transform; every failure becomes an IntegrationError with code TRANSFORM_ERROR. */
export async function runTransform(transform: Transform, input: unknown, opts: TransformOptions = {}): Promise<unknown> {
  if (typeof transform === "string") return runJavaScriptTransform(transform, input, opts);
  if (isTransform(transform)) return runJsonataTransform(transform.jsonata, input, opts);
  throw transformError("Transform must be JavaScript source or { jsonata: string }");
}

function transformError(message: string, details?: Record<string, unknown>): IntegrationError {
  return new IntegrationError("TRANSFORM_ERROR", message, details);
}

function toJsonText(value: unknown, what: string): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value ?? null);
  } catch {
    text = undefined;
  }
  if (text === undefined) throw transformError(`Transform ${what} is not JSON-serialisable`);
  return text;
}

// ---------------------------------------------------------------- JavaScript (QuickJS)

// The module is loaded once; each call gets a fresh runtime and context so nothing leaks
// between calls. If the WebAssembly module itself aborts we drop it and load a new one.
let modulePromise: Promise<QuickJSWASMModule> | undefined;

function loadQuickJS(): Promise<QuickJSWASMModule> {
  modulePromise ??= newQuickJSWASMModule().catch((err: unknown) => {
    modulePromise = undefined;
    throw err;
  });
  return modulePromise;
}

// Runs inside the sandbox. User code is evaluated with indirect eval so it sees only the
// global scope; a function expression (arrow or anonymous) is accepted by retrying in parens.
const BOOTSTRAP = `(function (source, inputJson, contextJson) {
  var noop = function () {};
  globalThis.console = { log: noop, info: noop, warn: noop, error: noop, debug: noop };
  var geval = eval;
  var completion;
  try {
    completion = geval(source);
  } catch (err) {
    if (!(err instanceof SyntaxError)) throw err;
    try { completion = geval("(" + source + "\\n)"); } catch (_) { throw err; }
  }
  var fn = typeof globalThis.transform === "function" ? globalThis.transform : completion;
  if (typeof fn !== "function") {
    throw new Error("the source must define function transform(input) or be a function expression");
  }
  var result = fn(JSON.parse(inputJson), JSON.parse(contextJson));
  if (result !== null && typeof result === "object" && typeof result.then === "function") {
    throw new Error("transforms must return a value synchronously, not a Promise");
  }
  var text = JSON.stringify(result);
  if (typeof text !== "string") {
    throw new Error("the result is not JSON-serialisable (got " + typeof result + ")");
  }
  return text;
})`;

interface GuestError {
  name?: string;
  message?: string;
}

function readGuestError(context: QuickJSContext, handle: QuickJSHandle): GuestError {
  try {
    const dumped: unknown = context.dump(handle);
    if (typeof dumped === "object" && dumped !== null) {
      const { name, message } = dumped as Record<string, unknown>;
      return { name: typeof name === "string" ? name : undefined, message: typeof message === "string" ? message : undefined };
    }
    return { message: String(dumped) };
  } catch {
    return {};
  }
}

function describeGuestError(err: GuestError, timedOut: boolean, timeoutMs: number): IntegrationError {
  if (timedOut) return transformError(`Transform timed out after ${timeoutMs} ms`, { reason: "timeout" });
  const message = err.message ?? "unknown error";
  if (/out of memory/i.test(message)) return transformError("Transform ran out of memory", { reason: "memory" });
  if (/stack overflow/i.test(message)) return transformError("Transform exceeded the maximum stack size", { reason: "stack" });
  const prefix = err.name && err.name !== "Error" ? `${err.name}: ` : "";
  return transformError(`Transform failed: ${prefix}${message}`, { reason: "exception" });
}

async function runJavaScriptTransform(source: string, input: unknown, opts: TransformOptions): Promise<unknown> {
  const timeoutMs = opts.timeoutMs ?? TRANSFORM_DEFAULTS.timeoutMs;
  const inputJson = toJsonText(input, "input");
  const contextJson = toJsonText(opts.context ?? {}, "context");

  let quickjs: QuickJSWASMModule;
  try {
    quickjs = await loadQuickJS();
  } catch {
    throw transformError("Transform sandbox could not be loaded");
  }

  let resultJson: string;
  try {
    resultJson = evaluateInSandbox(quickjs, source, inputJson, contextJson, timeoutMs, opts);
  } catch (err) {
    if (err instanceof IntegrationError) throw err;
    // A host-side failure (e.g. a WebAssembly abort) may leave the module unusable.
    modulePromise = undefined;
    throw transformError("Transform failed: the sandbox crashed", { reason: "sandbox" });
  }

  try {
    return JSON.parse(resultJson) as unknown;
  } catch {
    throw transformError("Transform failed: the result is not valid JSON");
  }
}

function evaluateInSandbox(
  quickjs: QuickJSWASMModule,
  source: string,
  inputJson: string,
  contextJson: string,
  timeoutMs: number,
  opts: TransformOptions,
): string {
  const runtime = quickjs.newRuntime();
  let context: QuickJSContext | undefined;
  try {
    runtime.setMemoryLimit(opts.memoryLimitBytes ?? TRANSFORM_DEFAULTS.memoryLimitBytes);
    runtime.setMaxStackSize(
      Math.min(opts.maxStackSizeBytes ?? TRANSFORM_DEFAULTS.maxStackSizeBytes, MAX_STACK_SIZE_BYTES),
    );
    const deadline = Date.now() + timeoutMs;
    let timedOut = false;
    runtime.setInterruptHandler(() => {
      if (Date.now() > deadline) timedOut = true;
      return timedOut;
    });
    context = runtime.newContext();
    const ctx = context;

    const bootstrap = ctx.evalCode(BOOTSTRAP, "patchbay-transform-bootstrap.js");
    if (bootstrap.error) {
      const guestError = readGuestError(ctx, bootstrap.error);
      bootstrap.error.dispose();
      throw describeGuestError(guestError, timedOut, timeoutMs);
    }
    const fn = bootstrap.value;
    const args = [ctx.newString(source), ctx.newString(inputJson), ctx.newString(contextJson)];
    try {
      const result = ctx.callFunction(fn, ctx.undefined, ...args);
      if (result.error) {
        const guestError = readGuestError(ctx, result.error);
        result.error.dispose();
        throw describeGuestError(guestError, timedOut, timeoutMs);
      }
      const text = ctx.getString(result.value);
      result.value.dispose();
      return text;
    } finally {
      for (const arg of args) arg.dispose();
      fn.dispose();
    }
  } finally {
    // Disposal can assert if the guest left the heap in an odd state; never let that escape.
    try {
      context?.dispose();
      runtime.dispose();
    } catch {
      modulePromise = undefined;
    }
  }
}

// ---------------------------------------------------------------- JSONata

interface JsonataFailure {
  code?: string;
  message?: string;
}

async function runJsonataTransform(expression: string, input: unknown, opts: TransformOptions): Promise<unknown> {
  const timeoutMs = opts.timeoutMs ?? TRANSFORM_DEFAULTS.timeoutMs;
  // Round-trip through JSON so the expression sees exactly what a JS transform would.
  const data = JSON.parse(toJsonText(input, "input")) as unknown;
  const context = JSON.parse(toJsonText(opts.context ?? {}, "context")) as unknown;
  try {
    const compiled = jsonata(expression, { timeout: timeoutMs, stack: 500, sequence: 100_000 });
    const result: unknown = await compiled.evaluate(data, { context });
    // JSONata sequences are arrays with extra flags; JSON round-tripping normalises them.
    return result === undefined ? null : (JSON.parse(toJsonText(result, "result")) as unknown);
  } catch (err) {
    if (err instanceof IntegrationError) throw err;
    const failure = (typeof err === "object" && err !== null ? err : {}) as JsonataFailure;
    if (failure.code === "D1012") throw transformError(`Transform timed out after ${timeoutMs} ms`, { reason: "timeout" });
    if (failure.code === "D1011") throw transformError("Transform exceeded the maximum stack size", { reason: "stack" });
    if (err instanceof RangeError) throw transformError("Transform exceeded the maximum stack size", { reason: "stack" });
    const message = failure.message ?? "unknown error";
    throw transformError(`Transform failed: ${message}`, {
      reason: "exception",
      ...(failure.code ? { jsonataCode: failure.code } : {}),
    });
  }
}
