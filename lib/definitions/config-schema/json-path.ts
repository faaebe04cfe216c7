import type { PathSegment } from "./types";

const IDENTIFIER = /^[A-Za-z_$][\w$-]*$/;

/** Formats segments as `auth.apiKey`, `headers[2].name`, `map["a.b"]`. */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = "";
  for (const seg of segments) {
    if (typeof seg === "number" || seg === "*") out += `[${seg}]`;
    else if (IDENTIFIER.test(seg)) out += out === "" ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** Inverse of formatPath. Bracketed digits become numbers, `[*]` stays the string "*". */
export function parsePath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  const re = /\[(\d+|\*|"(?:[^"\\]|\\.)*")\]|\.?([^.[\]]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(path)) !== null) {
    if (m[1] !== undefined) {
      if (m[1] === "*") segments.push("*");
      else if (m[1].startsWith('"')) segments.push(JSON.parse(m[1]) as string);
      else segments.push(Number(m[1]));
    } else if (m[2] !== undefined) segments.push(m[2]);
  }
  return segments;
}

export function pointerToSegments(pointer: string, data?: unknown): PathSegment[] {
  if (pointer === "" || pointer === "/") return [];
  const raw = pointer
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  // Indices are numbers only where the data really is an array there.
  const out: PathSegment[] = [];
  let cursor: unknown = data;
  for (const seg of raw) {
    const isIndex = Array.isArray(cursor) && /^\d+$/.test(seg);
    out.push(isIndex ? Number(seg) : seg);
    cursor = getChild(cursor, isIndex ? Number(seg) : seg);
  }
  return out;
}

export function segmentsToPointer(segments: readonly PathSegment[]): string {
  return segments.map((s) => "/" + String(s).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}

function getChild(value: unknown, seg: PathSegment): unknown {
  if (value === null || typeof value !== "object") return undefined;
  return (value as Record<string, unknown>)[String(seg)];
}

export function getAt(value: unknown, segments: readonly PathSegment[]): unknown {
  let cursor = value;
  for (const seg of segments) cursor = getChild(cursor, seg);
  return cursor;
}

/** Sets a value, creating objects/arrays on the way. Mutates `target`. */
export function setAt(target: Record<string, unknown>, segments: readonly PathSegment[], value: unknown): void {
  let cursor: Record<string, unknown> = target;
  segments.forEach((seg, i) => {
    const key = String(seg);
    if (i === segments.length - 1) {
      cursor[key] = value;
      return;
    }
    const next = cursor[key];
    if (next === null || typeof next !== "object") {
      cursor[key] = typeof segments[i + 1] === "number" ? [] : {};
    }
    cursor = cursor[key] as Record<string, unknown>;
  });
}
