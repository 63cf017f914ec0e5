import { describe, expect, it } from "vitest";
import { responseTeamTodo, type ResponseRoleFacts } from "@/lib/committee/response-team-todo";

const ann = { name: "Ann Price", afterHoursPhone: "07700 900123" };
const dev = { name: "Dev Shah", afterHoursPhone: "" };
const kit = { name: "Kit Lowe", afterHoursPhone: "ask reception" };
const role = (title: string, primary: ResponseRoleFacts["primary"], alternate: ResponseRoleFacts["alternate"]): ResponseRoleFacts => ({ title, primary, alternate });

describe("what the response team still lacks", () => {
  it("asks for the alternate a role lacks, not for a 24/7 number its primary has", () => {
    expect(responseTeamTodo([role("IT recovery lead", ann, null)])).toEqual(["Name an alternate for IT recovery lead."]);
  });

  it("tells a missing person from a person without a 24/7 number, primary from alternate, and names whom to give one", () => {
    const roles = [role("Incident lead", null, ann), role("IT recovery lead", dev, null), role("Comms lead", ann, kit), role("Facilities", ann, ann)];
    expect(responseTeamTodo(roles)).toEqual([
      "Name a primary for Incident lead.",
      "Give the primary of IT recovery lead (Dev Shah) a 24/7 number.",
      "Name an alternate for IT recovery lead.",
      "Give the alternate of Comms lead (Kit Lowe) a 24/7 number.",
    ]);
  });

  it("names up to three roles in a sentence and lists the first three of more after it", () => {
    expect(responseTeamTodo([role("A", ann, null), role("B", ann, null)])).toEqual(["Name an alternate for A and B."]);
    expect(responseTeamTodo(["A", "B", "C", "D", "E"].map((title) => role(title, ann, null)))).toEqual(["Name an alternate for 5 response-team roles: A, B, C and 2 more."]);
    expect(responseTeamTodo(["A", "B", "C", "D"].map((title) => role(title, dev, ann)))).toEqual([
      "Give the primary of 4 response-team roles a 24/7 number: A (Dev Shah), B (Dev Shah), C (Dev Shah) and 1 more.",
    ]);
  });

  it("asks nothing of a team that can be reached at any hour, or of no team", () => {
    expect(responseTeamTodo([role("Incident lead", ann, { name: "Ben", afterHoursPhone: "+44 117 496 0101" })])).toEqual([]);
    expect(responseTeamTodo([])).toEqual([]);
  });
});
