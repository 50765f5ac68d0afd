import { describe, expect, it } from "vitest";
import { nestByDepth, type Nested } from "./nest-by-depth";

const titles = (nodes: Nested<{ t: string; depth: number }>[]): unknown =>
  nodes.map((n) => (n.children.length ? [n.item.t, titles(n.children)] : n.item.t));

describe("nestByDepth", () => {
  it("nests items under the latest shallower item", () => {
    const items = [
      { t: "a", depth: 0 },
      { t: "a1", depth: 1 },
      { t: "a1x", depth: 2 },
      { t: "a2", depth: 1 },
      { t: "b", depth: 0 },
    ];
    expect(titles(nestByDepth(items))).toEqual([["a", [["a1", ["a1x"]], "a2"]], "b"]);
  });

  it("treats a jump of more than one level as one level deeper", () => {
    expect(
      titles(
        nestByDepth([
          { t: "a", depth: 0 },
          { t: "deep", depth: 3 },
        ]),
      ),
    ).toEqual([["a", ["deep"]]]);
  });
});
