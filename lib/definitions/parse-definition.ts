/**
 * Reads definition text: strict JSON, plus one allowance — a value may be a backtick-quoted,
 * multi-line string without ${} interpolation, because seed 001 prints its transforms that way
 * and those definitions must import unchanged. Errors come back in plain words with line/column.
 *
 * A hand-written parser (rather than JSON.parse after rewriting backticks) keeps error positions
 * exact in the operator's own text and makes duplicate property names an error.
 */
import { type DefinitionValidationIssue, type DefinitionValidationResult, validateDefinition } from "./format";

export type ParseDefinitionResult =
  | { ok: true; value: unknown }
  | { ok: false; issues: DefinitionValidationIssue[] };

const MAX_DEPTH = 256;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const JSON_ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
const TEMPLATE_ESCAPES: Record<string, string> = { ...JSON_ESCAPES, "`": "`", $: "$", "'": "'", v: "\v" };

class TextError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

function describeAt(text: string, pos: number): string {
  if (pos >= text.length) return "the end of the text";
  const ch = String.fromCodePoint(text.codePointAt(pos) ?? 0);
  if (ch === "\n" || ch === "\r") return "a line break";
  return `'${ch}'`;
}

class DefinitionTextParser {
  private pos = 0;
  private depth = 0;

  constructor(private readonly text: string) {}

  parseDocument(): unknown {
    if (this.text.charCodeAt(0) === 0xfeff) this.pos = 1; // tolerate a byte order mark
    this.skipWhitespace();
    if (this.pos >= this.text.length) throw new TextError("The text is empty; expected a JSON object", this.pos);
    const value = this.parseValue();
    this.skipWhitespace();
    if (this.pos < this.text.length) {
      throw new TextError(`Unexpected ${describeAt(this.text, this.pos)} after the end of the definition`, this.pos);
    }
    return value;
  }

  private skipWhitespace(): void {
    const t = this.text;
    for (;;) {
      const c = t[this.pos];
      if (c === " " || c === "\t" || c === "\n" || c === "\r") this.pos++;
      else if (c === "/" && (t[this.pos + 1] === "/" || t[this.pos + 1] === "*")) {
        throw new TextError("Comments are not allowed in JSON", this.pos);
      } else return;
    }
  }

  private parseValue(): unknown {
    const c = this.text[this.pos];
    switch (c) {
      case "{":
        return this.nested(() => this.parseObject());
      case "[":
        return this.nested(() => this.parseArray());
      case '"':
        return this.parseString();
      case "`":
        return this.parseBacktickString();
      case "'":
        throw new TextError("Strings must use double quotes (or backticks for multi-line text)", this.pos);
      default:
        if (c === "-" || (c >= "0" && c <= "9")) return this.parseNumber();
        return this.parseLiteral();
    }
  }

  private nested<T>(parse: () => T): T {
    if (++this.depth > MAX_DEPTH) throw new TextError("The definition is nested too deeply", this.pos);
    try {
      return parse();
    } finally {
      this.depth--;
    }
  }

  private parseObject(): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    this.pos++; // {
    this.skipWhitespace();
    if (this.text[this.pos] === "}") {
      this.pos++;
      return result;
    }
    for (;;) {
      this.skipWhitespace();
      const keyStart = this.pos;
      if (this.text[this.pos] === "}") throw new TextError("Remove the comma before }", this.pos);
      if (this.text[this.pos] !== '"') {
        throw new TextError(`Expected a property name in double quotes, found ${describeAt(this.text, this.pos)}`, this.pos);
      }
      const key = this.parseString();
      if (Object.hasOwn(result, key)) throw new TextError(`Duplicate property "${key}"`, keyStart);
      this.skipWhitespace();
      if (this.text[this.pos] !== ":") {
        throw new TextError(`Expected ":" after the property name "${key}", found ${describeAt(this.text, this.pos)}`, this.pos);
      }
      this.pos++;
      this.skipWhitespace();
      // defineProperty so that a "__proto__" key stays plain data, as with JSON.parse.
      Object.defineProperty(result, key, { value: this.parseValue(), enumerable: true, writable: true, configurable: true });
      this.skipWhitespace();
      const next = this.text[this.pos];
      if (next === ",") {
        this.pos++;
        continue;
      }
      if (next === "}") {
        this.pos++;
        return result;
      }
      if (next === '"') throw new TextError(`Missing "," after the value of "${key}"`, this.pos);
      throw new TextError(`Expected "," or "}" after the value of "${key}", found ${describeAt(this.text, this.pos)}`, this.pos);
    }
  }

  private parseArray(): unknown[] {
    const result: unknown[] = [];
    this.pos++; // [
    this.skipWhitespace();
    if (this.text[this.pos] === "]") {
      this.pos++;
      return result;
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.pos] === "]") throw new TextError("Remove the comma before ]", this.pos);
      result.push(this.parseValue());
      this.skipWhitespace();
      const next = this.text[this.pos];
      if (next === ",") {
        this.pos++;
        continue;
      }
      if (next === "]") {
        this.pos++;
        return result;
      }
      if (next !== undefined && /["`{[\d-]/.test(next)) throw new TextError('Missing "," between list items', this.pos);
      throw new TextError(`Expected "," or "]" after a list item, found ${describeAt(this.text, this.pos)}`, this.pos);
    }
  }

  private parseString(): string {
    const t = this.text;
    const start = this.pos;
    let out = "";
    let i = start + 1;
    let chunk = i;
    for (;;) {
      if (i >= t.length) throw new TextError('This string is not closed (missing ")', start);
      const code = t.charCodeAt(i);
      if (code === 0x22) break;
      if (code < 0x20) {
        throw new TextError("Line breaks and control characters are not allowed inside a double-quoted string; use \\n or a backtick string", i);
      }
      if (code === 0x5c) {
        out += t.slice(chunk, i);
        const e = t[i + 1];
        if (e === "u") {
          out += this.unicodeEscape(i);
          i += 6;
        } else if (e !== undefined && e in JSON_ESCAPES) {
          out += JSON_ESCAPES[e];
          i += 2;
        } else {
          throw new TextError(`Invalid escape \\${e ?? ""} in a string`, i);
        }
        chunk = i;
        continue;
      }
      i++;
    }
    out += t.slice(chunk, i);
    this.pos = i + 1;
    return out;
  }

  private unicodeEscape(at: number): string {
    const hex = this.text.slice(at + 2, at + 6);
    if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new TextError("Invalid \\u escape: expected four hex digits", at);
    return String.fromCharCode(parseInt(hex, 16));
  }

  /** `…` → its cooked JavaScript value (escapes applied, CRLF → LF); ${ is refused. */
  private parseBacktickString(): string {
    const t = this.text;
    const start = this.pos;
    let out = "";
    let i = start + 1;
    for (;;) {
      if (i >= t.length) throw new TextError("This backtick string is not closed (missing `)", start);
      const c = t[i];
      if (c === "`") break;
      if (c === "$" && t[i + 1] === "{") {
        throw new TextError("${…} interpolation is not allowed in backtick strings; write \\${ for a literal ${", i);
      }
      if (c === "\r") {
        out += "\n";
        i += t[i + 1] === "\n" ? 2 : 1;
      } else if (c === "\\") {
        const [text, length] = this.templateEscape(i);
        out += text;
        i += length;
      } else {
        out += c;
        i++;
      }
    }
    this.pos = i + 1;
    return out;
  }

  private templateEscape(at: number): [string, number] {
    const t = this.text;
    const e = t[at + 1];
    if (e === undefined) throw new TextError("This backtick string is not closed (missing `)", at);
    if (e === "\n" || e === "\u2028" || e === "\u2029") return ["", 2]; // line continuation
    if (e === "\r") return ["", t[at + 2] === "\n" ? 3 : 2];
    if (e === "u") {
      const braced = /^\{([0-9a-fA-F]{1,6})\}/.exec(t.slice(at + 2, at + 10));
      if (braced && parseInt(braced[1], 16) <= 0x10ffff) return [String.fromCodePoint(parseInt(braced[1], 16)), 2 + braced[0].length];
      return [this.unicodeEscape(at), 6];
    }
    if (e === "x") {
      const hex = t.slice(at + 2, at + 4);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw new TextError("Invalid \\x escape: expected two hex digits", at);
      return [String.fromCharCode(parseInt(hex, 16)), 4];
    }
    if (e === "0" && !/[0-9]/.test(t[at + 2] ?? "")) return ["\0", 2];
    if (/[0-9]/.test(e)) throw new TextError(`Invalid escape \\${e} in a backtick string`, at);
    return [TEMPLATE_ESCAPES[e] ?? e, 2];
  }

  private parseNumber(): number {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (!match) throw new TextError(`Invalid number, found ${describeAt(this.text, this.pos + 1)} after "-"`, this.pos);
    this.pos += match[0].length;
    return Number(match[0]);
  }

  private parseLiteral(): boolean | null {
    for (const [word, value] of [["true", true], ["false", false], ["null", null]] as const) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return value;
      }
    }
    const word = /^[A-Za-z_$][\w$]*/.exec(this.text.slice(this.pos, this.pos + 40));
    if (word) {
      throw new TextError(`Unexpected word "${word[0]}"; text values need double quotes`, this.pos);
    }
    throw new TextError(`Expected a value, found ${describeAt(this.text, this.pos)}`, this.pos);
  }
}

/** 1-based line and column of an offset; a column counts UTF-16 characters, as editors do. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export function parseDefinitionText(text: string): ParseDefinitionResult {
  try {
    return { ok: true, value: new DefinitionTextParser(text).parseDocument() };
  } catch (error) {
    if (!(error instanceof TextError)) throw error;
    const { line, column } = lineAndColumn(text, error.offset);
    return { ok: false, issues: [{ path: "", message: `Line ${line}, column ${column}: ${error.message}`, line, column }] };
  }
}

/** Plain JSON with a two-space indent, for export; transforms become ordinary JSON strings. */
export function stringifyDefinition(definition: unknown): string {
  return `${JSON.stringify(definition, null, 2)}\n`;
}

/** Text → validated definition: parse problems first, otherwise every validation problem. */
export function readDefinitionText(text: string): DefinitionValidationResult {
  const parsed = parseDefinitionText(text);
  if (!parsed.ok) return { ok: false, issues: parsed.issues, warnings: [] };
  return validateDefinition(parsed.value);
}
