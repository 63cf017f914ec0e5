import { describe, expect, it } from "vitest";
import { missingFactsTodo, type DescribedSystem } from "@/lib/recovery/setup/missing-facts";

const full = { hasHost: true, hasMemory: true, hasUsedSize: true, hasPolicy: true };
const system = (name: string, lacks: Partial<DescribedSystem> = {}): DescribedSystem => ({ name, ...full, ...lacks });

describe("what the recovery data's to-do asks of systems not yet described", () => {
  it("asks an imported VM only for the fact it lacks", () => {
    // The reviewer's PRINT01: host, memory and size imported, no backup policy yet.
    expect(missingFactsTodo([system("PRINT01", { hasPolicy: false })])).toEqual(["Put PRINT01 in a backup policy."]);
  });

  it("groups the systems by the fact they lack, naming them", () => {
    const todo = missingFactsTodo([
      system("PRINT01", { hasPolicy: false, hasUsedSize: false }),
      system("WMS", { hasUsedSize: false }),
      system("NEW01", { hasHost: false, hasMemory: false, hasUsedSize: false, hasPolicy: false }),
    ]);
    expect(todo).toEqual([
      "Give NEW01 a host.",
      "Give NEW01 a memory size.",
      "Give 3 systems a used size (PRINT01, WMS and NEW01).",
      "Put 2 systems in a backup policy (PRINT01 and NEW01).",
    ]);
  });

  it("ends a long list with how many more", () => {
    const many = Array.from({ length: 8 }, (_, i) => system(`VM-0${i + 1}`, { hasPolicy: false }));
    expect(missingFactsTodo(many)).toEqual(["Put 8 systems in a backup policy (VM-01, VM-02, VM-03, VM-04, VM-05 and 3 more)."]);
    expect(missingFactsTodo([system("DONE")])).toEqual([]);
  });
});
