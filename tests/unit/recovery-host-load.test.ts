import { describe, expect, it } from "vitest";
import { hostLoad, hostLoadText } from "@/lib/recovery/setup/host-load";

describe("what a host's own systems need today", () => {
  it("adds each VM's memory and its overhead, as the engine counts a restore", () => {
    // 4 GiB needs 4096 + 32 + 3 × 8 = 4152 MiB.
    const load = hostLoad([{ name: "A", ramMiB: 4096 }, { name: "B", ramMiB: 4096 }]);
    expect(load).toEqual({ neededMiB: 8304, memoryUnknown: [] });
    expect(hostLoadText({ ...load, availableMiB: 9216 })).toBe("8.1 GiB of 9 GiB");
    expect(hostLoadText({ ...load, availableMiB: 7168 })).toBe("8.1 GiB of 7 GiB (over by 1.1 GiB: they cannot all run here)");
  });

  it("counts a VM without memory as not known, never as the 32 MiB of overhead alone, and names it", () => {
    const load = hostLoad([{ name: "A", ramMiB: 4096 }, { name: "SYS1", ramMiB: null }, { name: "SYS2", ramMiB: null }]);
    expect(load).toEqual({ neededMiB: 4152, memoryUnknown: ["SYS1", "SYS2"] });
    expect(hostLoadText({ ...load, availableMiB: 7168 })).toBe("at least 4.1 GiB of 7 GiB; memory not recorded for SYS1 and SYS2");
    expect(hostLoadText({ ...load, availableMiB: 4096 })).toBe("at least 4.1 GiB of 4 GiB (over by at least 56 MiB: they cannot all run here); memory not recorded for SYS1 and SYS2");
  });

  it("says the need is not known when no VM on the host has its memory recorded", () => {
    const load = hostLoad([{ name: "SYS1", ramMiB: null }]);
    expect(load).toEqual({ neededMiB: 0, memoryUnknown: ["SYS1"] });
    expect(hostLoadText({ ...load, availableMiB: 7168 })).toBe("not known of 7 GiB: memory not recorded for SYS1");
  });

  it("names a few systems without memory and counts the rest", () => {
    const names = Array.from({ length: 7 }, (_, i) => `VM-0${i + 1}`);
    const load = hostLoad(names.map((name) => ({ name, ramMiB: null })));
    expect(hostLoadText({ ...load, availableMiB: 7168 })).toBe("not known of 7 GiB: memory not recorded for VM-01, VM-02, VM-03, VM-04, VM-05 and 2 more");
    expect(hostLoadText({ neededMiB: 0, memoryUnknown: [], availableMiB: 7168 })).toBe("0 MiB of 7 GiB");
  });
});

describe("a host a few MiB short", () => {
  it("gives both figures in MiB when they differ but would read alike, so it never reads as needing exactly what it has", () => {
    // 20,688 and 20,650 MiB both read "20.2 GiB".
    expect(hostLoadText({ neededMiB: 20688, memoryUnknown: [], availableMiB: 20650 })).toBe(
      "20,688 MiB of 20,650 MiB (over by 38 MiB: they cannot all run here)",
    );
    expect(hostLoadText({ neededMiB: 20640, memoryUnknown: ["SYS1"], availableMiB: 20650 })).toBe("at least 20,640 MiB of 20,650 MiB; memory not recorded for SYS1");
    expect(hostLoadText({ neededMiB: 20650, memoryUnknown: [], availableMiB: 20650 })).toBe("20.2 GiB of 20.2 GiB");
  });
});
