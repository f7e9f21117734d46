import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Imports flow one way (issue 15): no file imports, even for a type, a folder of a higher layer,
 * and no import circle exists. Lower layers first; a folder may import its own layer and below.
 */
const LAYERS: string[][] = [
  // The pure domain: vocabulary, rules, texts, and the ports it needs.
  ["src/core"],
  // The database client, configuration and logging.
  ["src/generated", "src/infra", "src/config.ts", "src/logger.ts"],
  // The store: repositories that own every Prisma and SQL call (test/unit/store-boundary.test.ts).
  ["src/store"],
  // Services the domain builds on: the audit writer, the channel contract, transcription, reference data.
  ["src/audit", "src/channels", "src/transcription", "src/seed"],
  // Case services, the conversation engine, the intake pipeline.
  ["src/cases", "src/conversation", "src/intake"],
  // Adapters: queues and their workers, channels, the HTTP server and the console.
  ["queues", "bots", "src/http", "src/console"],
  // The composition root.
  ["src/runtime", "src/main.ts"],
];

/** Packages the pure core may use: none does I/O. */
const CORE_PACKAGES = new Set(["zod", "node:crypto"]);

const ROOTS = ["src", "bots", "queues"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "generated" || name === "ui" ? [] : sourceFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

/**
 * The module specifiers a TypeScript file imports: static imports and re-exports (type-only ones
 * too: a type is a dependency), side-effect imports and dynamic `import("…")`. Statements start
 * a line, as everywhere in this tree; comments are removed first so an example in one is no import.
 */
export function importsOf(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  const specifiers = new Set<string>();
  for (const [, from, bare] of code.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']|^import\s*["']([^"']+)["']/gm))
    specifiers.add((from ?? bare)!);
  for (const [, dynamic] of code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) specifiers.add(dynamic!);
  return [...specifiers];
}

/** file → the repository files it imports (relative specifiers resolved; packages kept as named). */
function importGraph(): Map<string, { files: string[]; packages: string[] }> {
  const graph = new Map<string, { files: string[]; packages: string[] }>();
  for (const file of ROOTS.flatMap(sourceFiles)) {
    const specifiers = importsOf(readFileSync(file, "utf8"));
    graph.set(file, {
      files: specifiers
        .filter((s) => s.startsWith("."))
        .map((s) => relative(process.cwd(), resolve(dirname(file), s)).replace(/\.js$/, ".ts")),
      packages: specifiers.filter((s) => !s.startsWith(".")),
    });
  }
  return graph;
}

function layerOf(file: string): number {
  const layer = LAYERS.findIndex((folders) => folders.some((f) => file === f || file.startsWith(`${f}/`)));
  if (layer < 0) throw new Error(`${file} is in no layer: add its folder to LAYERS`);
  return layer;
}

/** Every import circle, as the files on it (Tarjan's strongly connected components). */
function circles(graph: Map<string, { files: string[] }>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string) => {
    index.set(file, next);
    low.set(file, next++);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file)?.files ?? []) {
      if (!graph.has(target)) continue;
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!));
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || graph.get(file)!.files.includes(file)) found.push(component.sort());
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

describe("architecture", () => {
  const graph = importGraph();

  it("reads every kind of import statement", () => {
    const source = [
      'import type { A } from "./a.js";',
      'import {\n  b,\n  type C,\n} from "../b.js";',
      'export { d } from "./d.js";',
      'export * from "./e.js";',
      'import "./f.js";',
      'const g = await import("./g.js");',
      '// import { h } from "./h.js";',
      '/* import { i } from "./i.js"; */',
      'import { z } from "zod";',
    ].join("\n");
    expect(importsOf(source).sort()).toEqual(["../b.js", "./a.js", "./d.js", "./e.js", "./f.js", "./g.js", "zod"]);
    expect(graph.get("bots/start-bots.ts")!.files).toContain("queues/outbound-worker.ts");
  });

  it("has no import circles", () => {
    expect(circles(graph)).toEqual([]);
  });

  it("has no upward imports: a layer imports only its own and lower layers", () => {
    const upward = [...graph].flatMap(([file, { files }]) =>
      files.filter((target) => layerOf(target) > layerOf(file)).map((target) => `${file} -> ${target}`),
    );
    expect(upward).toEqual([]);
  });

  it("keeps src/core pure: it imports only src/core and packages without I/O", () => {
    const outside = [...graph]
      .filter(([file]) => file.startsWith("src/core/"))
      .flatMap(([file, { files, packages }]) =>
        [...files.filter((t) => !t.startsWith("src/core/")), ...packages.filter((p) => !CORE_PACKAGES.has(p))].map(
          (t) => `${file} -> ${t}`,
        ),
      );
    expect(outside).toEqual([]);
  });
});
