/**
 * Definition versions: semver-like "1.0.0", also "1.2" and "2" (missing parts count as 0),
 * with an optional pre-release ("1.0.0-beta.1") and ignored build metadata ("+build.5").
 */
export const VERSION_PATTERN = /^(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?(?:\.(0|[1-9]\d*))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

export type ParsedVersion = {
  major: number;
  minor: number;
  patch: number;
  prerelease: string[];
};

export function parseVersion(version: string): ParsedVersion | null {
  const match = VERSION_PATTERN.exec(version.trim());
  if (!match) return null;
  return {
    major: Number(match[1]),
    minor: Number(match[2] ?? 0),
    patch: Number(match[3] ?? 0),
    prerelease: match[4] ? match[4].split(".") : [],
  };
}

export function isValidVersion(version: string): boolean {
  return parseVersion(version) !== null;
}

function sign(n: number): -1 | 0 | 1 {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

// Semver precedence: numeric identifiers compare as numbers and sort before alphanumeric ones.
function compareIdentifiers(a: string, b: string): -1 | 0 | 1 {
  const aNum = /^\d+$/.test(a);
  const bNum = /^\d+$/.test(b);
  if (aNum && bNum) return sign(Number(a) - Number(b));
  if (aNum) return -1;
  if (bNum) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function comparePrerelease(a: string[], b: string[]): -1 | 0 | 1 {
  // A release ranks above any of its pre-releases: 1.0.0-beta < 1.0.0.
  if (a.length === 0 || b.length === 0) return sign(b.length - a.length);
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const result = compareIdentifiers(a[i], b[i]);
    if (result !== 0) return result;
  }
  return sign(a.length - b.length);
}

/** Compares two versions; throws when either is not a version, so a typo never sorts silently. */
export function compareVersions(a: string, b: string): -1 | 0 | 1 {
  const left = parseVersion(a);
  const right = parseVersion(b);
  if (!left) throw new Error(`Not a version: "${a}" (expected something like 1.0.0)`);
  if (!right) throw new Error(`Not a version: "${b}" (expected something like 1.0.0)`);
  return (
    sign(left.major - right.major) ||
    sign(left.minor - right.minor) ||
    sign(left.patch - right.patch) ||
    comparePrerelease(left.prerelease, right.prerelease)
  );
}

export type UpgradeCheck = { allowed: boolean; reason?: string };

/**
 * Whether an imported definition may replace the installed one: only a higher version
 * replaces it, unless the operator forces the import. No installed version → allowed.
 */
export function checkUpgrade(
  currentVersion: string | null | undefined,
  incomingVersion: string,
  options: { force?: boolean } = {},
): UpgradeCheck {
  if (!isValidVersion(incomingVersion)) {
    return { allowed: false, reason: `"${incomingVersion}" is not a version; use a version like 1.0.0` };
  }
  if (currentVersion == null) return { allowed: true };
  if (!isValidVersion(currentVersion)) {
    // A stored version we cannot read must not block repairs; replacing it needs force.
    return options.force
      ? { allowed: true, reason: `Replacing unreadable installed version "${currentVersion}" (forced)` }
      : { allowed: false, reason: `The installed version "${currentVersion}" cannot be compared; use force to replace it` };
  }
  const order = compareVersions(incomingVersion, currentVersion);
  if (order > 0) return { allowed: true };
  if (options.force) {
    return {
      allowed: true,
      reason: `Replacing version ${currentVersion} with ${order === 0 ? "the same version" : "older version"} ${incomingVersion} (forced)`,
    };
  }
  if (order === 0) {
    return {
      allowed: false,
      reason: `Version ${currentVersion} is already installed; import a higher version or use force`,
    };
  }
  return {
    allowed: false,
    reason: `Version ${incomingVersion} is older than the installed version ${currentVersion}; import a higher version or use force`,
  };
}
