// @vitest-environment jsdom
import { createElement } from "react";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ReplicaForm } from "@/components/recovery/setup/replica-form";
import { IDLE } from "@/lib/http/form-state";

afterEach(cleanup);

const office = { id: "s1", name: "Head office" };
const systems = [{ id: "sql", name: "SQL01", host: { name: "HOST01", site: office } }];
const locations = [
  { id: "nas", key: "nas", name: "NAS", site: office },
  { id: "dr", key: "dr-nas", name: "DR NAS", site: { id: "s2", name: "DR site" } },
];

/** What a screen reader reads as the field's description: the text of the elements aria-describedby names. */
const description = (field: HTMLElement) =>
  (field.getAttribute("aria-describedby") ?? "").split(" ").map((id) => document.getElementById(id)?.textContent ?? "").join(" ");

describe("the replica form", () => {
  it("warns at the location field, before saving, of a replica on its system's own site", () => {
    render(createElement(ReplicaForm, { action: async () => IDLE, planId: "p", systems, locations }));
    const location = screen.getByLabelText("Replica location");
    fireEvent.change(screen.getByLabelText("System"), { target: { value: "sql" } });
    fireEvent.change(location, { target: { value: "nas" } });
    expect(description(location)).toContain(
      "Warning: NAS is at Head office, the same site as HOST01: this replica does not survive losing Head office (it still covers losing HOST01 alone).",
    );
    fireEvent.change(location, { target: { value: "dr" } });
    expect(description(location)).not.toContain("Warning");
  });
});
