import { describe, expect, it } from "vitest";

import { checkUpgrade, compareVersions, isValidVersion } from "./version";

describe("compareVersions", () => {
  it("orders semver-like versions, filling missing parts with 0", () => {
    expect(compareVersions("1.0.0", "1.0.0")).toBe(0);
    expect(compareVersions("1.2", "1.2.0")).toBe(0);
    expect(compareVersions("2", "1.99.99")).toBe(1);
    expect(compareVersions("1.10.0", "1.9.0")).toBe(1);
    expect(compareVersions("1.0.1", "1.0.10")).toBe(-1);
    expect(compareVersions("1.0.0-beta.2", "1.0.0-beta.10")).toBe(-1);
    expect(compareVersions("1.0.0-beta", "1.0.0")).toBe(-1);
    expect(compareVersions("1.0.0+build.7", "1.0.0")).toBe(0);
  });

  it("refuses things that are not versions", () => {
    expect(isValidVersion("1.0.0")).toBe(true);
    expect(isValidVersion("v1")).toBe(false);
    expect(isValidVersion("1.0.0.0")).toBe(false);
    expect(() => compareVersions("latest", "1.0.0")).toThrow('Not a version: "latest"');
  });
});

describe("checkUpgrade", () => {
  it("allows a first install and a higher version", () => {
    expect(checkUpgrade(null, "1.0.0")).toEqual({ allowed: true });
    expect(checkUpgrade("1.0.0", "1.1")).toEqual({ allowed: true });
  });

  it("refuses the same or a lower version unless forced", () => {
    expect(checkUpgrade("1.0.0", "1.0.0")).toEqual({
      allowed: false,
      reason: "Version 1.0.0 is already installed; import a higher version or use force",
    });
    expect(checkUpgrade("1.2.0", "1.1.0")).toEqual({
      allowed: false,
      reason: "Version 1.1.0 is older than the installed version 1.2.0; import a higher version or use force",
    });
    expect(checkUpgrade("1.2.0", "1.1.0", { force: true }).allowed).toBe(true);
    expect(checkUpgrade("1.0.0", "1.0.0", { force: true }).allowed).toBe(true);
  });

  it("refuses an incoming value that is not a version, even when forced", () => {
    expect(checkUpgrade("1.0.0", "next", { force: true }).allowed).toBe(false);
  });
});
