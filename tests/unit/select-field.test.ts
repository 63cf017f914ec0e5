import { describe, expect, it } from "vitest";
import type { ReactElement } from "react";
import { SelectField } from "@/components/ui/field";

const KINDS = [
  { value: "vm", label: "Virtual machine" },
  { value: "physical", label: "Physical server" },
];

/** The <select> element a SelectField renders (its wrapper's second child, after the label). */
function selectOf(props: Parameters<typeof SelectField>[0]): ReactElement {
  const wrapper = SelectField(props) as ReactElement<{ children: ReactElement[] }>;
  const select = wrapper.props.children.find((child) => child?.type === "select");
  if (!select) throw new Error("SelectField rendered no <select>");
  return select;
}

describe("a select's default after its form is reset", () => {
  // React applies a select's defaultValue only when it mounts, and a form action resets the form to
  // the options selected then: a refused save showed the stored Kind again, beside the typed name.
  it("remounts when its default changes, so a refused save shows the option submitted", () => {
    const stored = selectOf({ name: "kind", label: "Kind", options: KINDS, defaultValue: "vm" });
    const submitted = selectOf({ name: "kind", label: "Kind", options: KINDS, defaultValue: "physical" });
    expect(submitted.key).not.toBe(stored.key);
  });

  it("stays mounted while its default is the same, keeping what the user picked", () => {
    const first = selectOf({ name: "kind", label: "Kind", options: KINDS, defaultValue: "vm" });
    const again = selectOf({ name: "kind", label: "Kind", options: KINDS, defaultValue: "vm" });
    expect(again.key).toBe(first.key);
  });

  it("leaves a controlled select to its value", () => {
    expect(selectOf({ name: "kind", label: "Kind", options: KINDS, value: "vm", onChange: () => {} }).key).toBeNull();
  });
});
