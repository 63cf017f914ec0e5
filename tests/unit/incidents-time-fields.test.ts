import { createElement, type ReactElement } from "react";
import { describe, expect, it, vi } from "vitest";
import type { FormAction, FormState } from "@/lib/http/form-state";
import { FILLED_NOW_FIELD, untouchedTimeIsNow } from "@/lib/incidents/incident-time";
import { FOLLOWS_PAGE, formSnapshot } from "@/lib/forms/unsaved-changes";
import { AddEntryForm } from "@/components/incidents/add-entry-form";
import { DeclareIncidentForm } from "@/components/incidents/declare-incident-form";
import { StandDownForm } from "@/components/incidents/stand-down-form";
import { renderLive } from "./live-render";

// The forms' button and message need the browser's DOM (useFormStatus, focus on the outcome);
// what is tested here is what the fields show and send.
vi.mock("@/components/ui/submit-button", () => ({ SubmitButton: () => null }));
vi.mock("@/components/ui/form-message", () => ({ FormMessage: () => null }));

const OPENED = "2026-12-04 02:50";
// The page rendered again while the form was open (something else saved on it), a minute on.
const REFRESHED = "2026-12-04 02:51";
const TYPED = "2026-12-04 02:40";

/** A server action that refuses the form's text field, sending back what it was sent, as runAction does. */
const refusing =
  (field: string): FormAction =>
  async (_state: FormState, data: FormData) => ({
    status: "error",
    message: "Some fields need attention.",
    fieldErrors: { [field]: "Say what happened." },
    values: Object.fromEntries([...data.entries()].map(([name, value]) => [name, String(value)])),
  });

const saving: FormAction = async () => ({ status: "ok", message: "Added to the log." });

// Each incident form whose time field is filled with the page's now: the field, and a field of
// text the person writes in the same form.
const forms: { name: string; time: string; text: string; render: (now: string, action?: FormAction) => ReactElement }[] = [
  {
    name: "the log entry form",
    time: "at",
    text: "text",
    render: (now, action = saving) => createElement(AddEntryForm, { action, planId: "plan-1", incidentId: "incident-1", now, systems: [] }),
  },
  {
    name: "the declaration form",
    time: "declaredAt",
    text: "title",
    render: (now, action = saving) => createElement(DeclareIncidentForm, { action, planId: "plan-1", now, scenarios: [], people: [] }),
  },
  {
    name: "the stand-down form",
    time: "stoodDownAt",
    text: "reviewSummary",
    render: (now, action = saving) => createElement(StandDownForm, { action, planId: "plan-1", incident: { id: "incident-1", version: 3 }, now }),
  },
];

/** The time as the server reads what the form sends: blank is "when it is sent". */
const readTime = (sent: Record<string, string>, field: string) => (untouchedTimeIsNow(sent, field) as Record<string, string>)[field];

/** What the unsaved-changes guard compares of a form (components/ui/unsaved-changes-guard.tsx). */
const unsaved = (form: ReturnType<typeof renderLive>) => formSnapshot(Object.entries(form.sent()), new Set(form.fieldsWith(FOLLOWS_PAGE)));

describe.each(forms)("$name's time field", ({ time, text, render }) => {
  it("keeps what was half typed when the page refreshes a minute later", async () => {
    const form = renderLive(render(OPENED));
    await form.type(text, "Called the insurer about the");
    form.rerender(render(REFRESHED));
    expect(form.value(text)).toBe("Called the insurer about the");
  });

  it("follows the page's now while untouched, its hidden twin with it, so it is read as when the form is sent", async () => {
    const form = renderLive(render(OPENED));
    await form.type(text, "Called the insurer.");
    form.rerender(render(REFRESHED));
    expect(form.value(time)).toBe(REFRESHED);
    expect(form.value(FILLED_NOW_FIELD)).toBe(REFRESHED);
    expect(readTime(form.sent(), time)).toBe("");
  });

  it("keeps a typed time as typed when the page refreshes", async () => {
    const form = renderLive(render(OPENED));
    await form.type(time, TYPED);
    form.rerender(render(REFRESHED));
    expect(form.value(time)).toBe(TYPED);
    expect(readTime(form.sent(), time)).toBe(TYPED);
  });

  it("is no unsaved change while untouched through a refresh, and is one once typed in", async () => {
    const form = renderLive(render(OPENED));
    const opened = unsaved(form);
    form.rerender(render(REFRESHED));
    expect(unsaved(form)).toBe(opened);
    await form.type(time, TYPED);
    expect(unsaved(form)).not.toBe(opened);
  });

  it("after a refusal, still follows the page's now if the time was left as filled in", async () => {
    const form = renderLive(render(OPENED, refusing(text)));
    await form.submit();
    form.rerender(render(REFRESHED, refusing(text)));
    expect(form.value(time)).toBe(REFRESHED);
    expect(readTime(form.sent(), time)).toBe("");
  });

  it("after a refusal, keeps a typed time as typed through a refresh", async () => {
    const form = renderLive(render(OPENED, refusing(text)));
    await form.type(time, TYPED);
    await form.submit();
    form.rerender(render(REFRESHED, refusing(text)));
    expect(form.value(time)).toBe(TYPED);
    expect(readTime(form.sent(), time)).toBe(TYPED);
  });
});

describe("the log entry form after an entry is added", () => {
  it("starts again at the page's now, the time typed for the last entry forgotten", async () => {
    const form = renderLive(forms[0].render(OPENED));
    await form.type("at", TYPED);
    await form.type("text", "Called the insurer.");
    await form.submit();
    form.rerender(forms[0].render(REFRESHED));
    expect(form.value("at")).toBe(REFRESHED);
    expect(form.value("text")).toBe("");
    expect(readTime(form.sent(), "at")).toBe("");
  });
});
