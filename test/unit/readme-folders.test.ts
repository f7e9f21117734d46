import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The README's folder table ("What runs where") is the map a newcomer reads first: every top
 * folder and every folder of src/ is in it, and nothing in it is gone from the tree.
 */
const README = readFileSync("README.md", "utf8");

/** The paths in the first column of the table that starts with "| folder". */
function tablePaths(): string[] {
  const table = README.slice(README.indexOf("| folder"));
  const rows = table.slice(0, table.indexOf("\n\n")).split("\n").slice(2);
  return rows.flatMap((row) => [...row.split("|")[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!.replace(/\/$/, "")));
}

/**
 * Folders git ignores (node_modules/, data/, dist/) are no part of the tree a reader is shown, nor
 * are an editor's hidden ones (.git, .vscode); a hidden folder of the tree (.ci) is checked by
 * the second test once listed.
 */
const IGNORED = new Set(
  readFileSync(".gitignore", "utf8")
    .split("\n")
    .filter((line) => line.endsWith("/"))
    .map((line) => line.slice(0, -1)),
);

function folders(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith("."))
    .map((entry) => (dir === "." ? entry.name : join(dir, entry.name)))
    .filter((path) => !IGNORED.has(path));
}

describe("README folder table", () => {
  const listed = tablePaths();

  it("lists every top folder and every folder of src/", () => {
    // src/ itself is listed folder by folder.
    const missing = [...folders(".").filter((folder) => folder !== "src"), ...folders("src")].filter((folder) => !listed.includes(folder));
    expect(missing).toEqual([]);
  });

  it("lists nothing that is gone from the tree", () => {
    expect(listed.length).toBeGreaterThan(10);
    expect(listed.filter((path) => !existsSync(path))).toEqual([]);
  });
});
