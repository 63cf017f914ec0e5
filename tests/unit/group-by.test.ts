import { describe, expect, it } from "vitest";
import { groupBy } from "@/lib/group-by";

describe("grouping items by a key", () => {
  it("keeps each group in the items' order and the groups in order of first appearance", () => {
    const groups = groupBy(
      [
        { plan: "b", n: 1 },
        { plan: "a", n: 2 },
        { plan: "b", n: 3 },
      ],
      (item) => item.plan,
    );
    expect([...groups.keys()]).toEqual(["b", "a"]);
    expect(groups.get("b")!.map((item) => item.n)).toEqual([1, 3]);
    expect(groups.get("a")!.map((item) => item.n)).toEqual([2]);
  });

  it("gives no group for a key no item has", () => {
    expect(groupBy([] as { plan: string }[], (item) => item.plan).get("a")).toBeUndefined();
  });
});
