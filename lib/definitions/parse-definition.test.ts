import { describe, expect, it } from "vitest";

import { readBuiltinDefinitionText } from "./catalog";
import { parseDefinitionText, readDefinitionText, stringifyDefinition } from "./parse-definition";

function parseError(text: string) {
  const result = parseDefinitionText(text);
  if (result.ok) throw new Error("expected a parse error");
  expect(result.issues).toHaveLength(1);
  return result.issues[0];
}

describe("parseDefinitionText", () => {
  it("parses strict JSON exactly like JSON.parse", () => {
    const samples = [
      '{"a":1,"b":[true,false,null],"c":{"d":"e\\n\\u00e9\\"\\\\\\/"},"n":-12.5e-3,"z":0}',
      "[]",
      '"text"',
      ' \r\n\t{ "emoji": "😀", "__proto__": { "x": 1 } } ',
      readBuiltinDefinitionText("acme-crm.json"),
      readBuiltinDefinitionText("google-calendar.def.txt"),
    ];
    for (const text of samples) {
      const result = parseDefinitionText(text);
      expect(result).toEqual({ ok: true, value: JSON.parse(text) });
    }
    const proto = parseDefinitionText('{"__proto__": {"polluted": true}}');
    if (!proto.ok) throw new Error("unexpected");
    expect(Object.getPrototypeOf(proto.value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("turns backtick strings into their text, respecting quotes and escapes", () => {
    const text = '{ "a": "not `a template`", "b": `line 1\r\n  "quoted" \\` tick \\${ok}\\x41\\u{1F600}`, "c": `` }';
    const result = parseDefinitionText(text);
    expect(result).toEqual({
      ok: true,
      value: { a: "not `a template`", b: 'line 1\n  "quoted" ` tick ${ok}A😀', c: "" },
    });
  });

  it("reads the seed 001 CRM definition with its backtick transforms", () => {
    const result = readDefinitionText(readBuiltinDefinitionText("crm-transform.def.txt"));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.definition.methods[0].requestTransform).toMatch(/^\n {8}\/\/ Transform from our standard format/);
    expect(result.definition.methods[0].responseTransform).toMatch(/fullName: input\.contact\.first_name/);
  });

  it("refuses ${} interpolation with its position", () => {
    expect(parseError('{\n  "t": `\n  return ${input.x};\n`\n}')).toEqual({
      path: "",
      line: 3,
      column: 10,
      message: "Line 3, column 10: ${…} interpolation is not allowed in backtick strings; write \\${ for a literal ${",
    });
  });

  it("reports syntax errors in plain words with line and column", () => {
    expect(parseError('{\n  "name": "x",\n  "type": "http",\n}')).toMatchObject({
      line: 4,
      column: 1,
      message: "Line 4, column 1: Remove the comma before }",
    });
    expect(parseError('{\n  "name": "x"\n  "type": "http"\n}').message).toBe('Line 3, column 3: Missing "," after the value of "name"');
    expect(parseError('{ "a": 1, "a": 2 }').message).toBe('Line 1, column 11: Duplicate property "a"');
    expect(parseError('{ name: "x" }').message).toBe("Line 1, column 3: Expected a property name in double quotes, found 'n'");
    expect(parseError('{ "a": undefined }').message).toBe('Line 1, column 8: Unexpected word "undefined"; text values need double quotes');
    expect(parseError('{ "a": "open\n" }').message).toMatch(/^Line 1, column 13: Line breaks and control characters/);
    expect(parseError('{ "a": `never closed }').message).toBe("Line 1, column 8: This backtick string is not closed (missing `)");
    expect(parseError('{ "a": 1 } // note').message).toBe("Line 1, column 12: Comments are not allowed in JSON");
    expect(parseError("").message).toBe("Line 1, column 1: The text is empty; expected a JSON object");
    expect(parseError('{ "a": [1 2] }').message).toBe('Line 1, column 11: Missing "," between list items');
  });

  it("refuses deep nesting instead of overflowing the stack", () => {
    expect(parseError("[".repeat(10_000)).message).toMatch(/nested too deeply/);
  });
});

describe("stringifyDefinition", () => {
  it("exports plain JSON with a two-space indent that reads back the same", () => {
    const parsed = parseDefinitionText(readBuiltinDefinitionText("crm-transform.def.txt"));
    if (!parsed.ok) throw new Error("unexpected");
    const text = stringifyDefinition(parsed.value);
    expect(text).toBe(`${JSON.stringify(parsed.value, null, 2)}\n`);
    expect(text).not.toContain("`\n");
    expect(JSON.parse(text)).toEqual(parsed.value);
  });
});
