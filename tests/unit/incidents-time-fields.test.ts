// @vitest-environment jsdom
import { createElement, type ReactElement } from "react";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { FormAction, FormState } from "@/lib/http/form-state";
import { FILLED_NOW_FIELD, untouchedTimeIsNow } from "@/lib/incidents/incident-time";
import { AddEntryForm } from "@/components/incidents/add-entry-form";
import { DeclareIncidentForm } from "@/components/incidents/declare-incident-form";
import { StandDownForm } from "@/components/incidents/stand-down-form";
import { UnsavedChangesGuard } from "@/components/ui/unsaved-changes-guard";

// jsdom has <dialog> and its `open` attribute but not showModal() or close(), which the stand-down's
// confirmation and the unsaved-changes guard's question open and close: what they do to the page
// (the `open` attribute, and the close event React's onClose hears), without the top layer.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    if (!this.open) return;
    this.open = false;
    this.dispatchEvent(new Event("close"));
  };
});

// Vitest's globals are off, so Testing Library cannot unmount each test's page by itself.
afterEach(cleanup);

const OPENED = "2026-12-04 02:50";
// The page rendered again while the form was open (something else saved on it), a minute on.
const REFRESHED = "2026-12-04 02:51";
const TYPED = "2026-12-04 02:40";
const REFUSAL = "Say what happened.";

/** A server action that refuses the form's text field, sending back what it was sent, as runAction does. */
const refusing =
  (field: string): FormAction =>
  async (_state: FormState, data: FormData) => ({
    status: "error",
    message: "Some fields need attention.",
    fieldErrors: { [field]: REFUSAL },
    values: Object.fromEntries([...data.entries()].map(([name, value]) => [name, String(value)])),
  });

const saving: FormAction = async () => ({ status: "ok", message: "Added to the log." });

/** Presses the form's submit button, as a person does. */
const pressSubmit = (label: string) => () => fireEvent.click(screen.getByRole("button", { name: label }));

// Each incident form whose time field is filled with the page's now: the form's name, its time
// field and a field of text the person writes in it (each by name and label), and how it is sent.
const forms: {
  name: string;
  form: string;
  time: string;
  timeLabel: string;
  text: string;
  textLabel: string;
  send: () => void;
  render: (now: string, action?: FormAction) => ReactElement;
}[] = [
  {
    name: "the log entry form",
    form: "Add to the log",
    time: "at",
    timeLabel: "When it happened",
    text: "text",
    textLabel: "What was decided, done, told or restored",
    send: pressSubmit("Add to the log"),
    render: (now, action = saving) => createElement(AddEntryForm, { action, planId: "plan-1", incidentId: "incident-1", now, systems: [] }),
  },
  {
    name: "the declaration form",
    form: "Declare an incident",
    time: "declaredAt",
    timeLabel: "Declared at",
    text: "title",
    textLabel: "What happened",
    send: pressSubmit("Declare the incident"),
    render: (now, action = saving) => createElement(DeclareIncidentForm, { action, planId: "plan-1", now, scenarios: [], people: [] }),
  },
  {
    name: "the stand-down form",
    form: "Stand down",
    time: "stoodDownAt",
    timeLabel: "Stood down at",
    text: "reviewSummary",
    textLabel: "Post-incident review",
    // The button asks first; the dialog's button sends the form.
    send: () => {
      fireEvent.click(screen.getByRole("button", { name: "Stand down…" }));
      fireEvent.click(within(screen.getByRole("dialog", { name: "Stand down this incident?" })).getByRole("button", { name: "Stand down" }));
    },
    render: (now, action = saving) => createElement(StandDownForm, { action, planId: "plan-1", incident: { id: "incident-1", version: 3 }, now }),
  },
];

/**
 * The incident page as far as these forms need it: under the app's unsaved-changes guard, with a
 * link to another page. The link stops the browser's own navigation, as Next's <Link> does.
 */
const incidentPage = (form: ReactElement) =>
  createElement(
    UnsavedChangesGuard,
    null,
    createElement("a", { href: "/plans", onClick: (event: Event) => event.preventDefault() }, "Plans"),
    form,
  );

/** The page with the form, kept mounted: `refresh` renders it again with new props, as it stands. */
function open(form: ReactElement) {
  const { rerender } = render(incidentPage(form));
  return { refresh: (next: ReactElement) => rerender(incidentPage(next)) };
}

/** What the form named `name` would send, as the browser builds it from the form. */
const sent = (name: string) =>
  Object.fromEntries([...new FormData(screen.getByRole<HTMLFormElement>("form", { name })).entries()].map(([field, value]) => [field, String(value)]));

/** The time as the server reads what the form sends: blank is "when it is sent". */
const readTime = (values: Record<string, string>, field: string) => (untouchedTimeIsNow(values, field) as Record<string, string>)[field];

/** What the person sees in the field labelled `label`. */
const shown = (label: string) => screen.getByLabelText<HTMLInputElement | HTMLTextAreaElement>(label).value;

/** The person types `text` over the field labelled `label`. */
const type = (label: string, text: string) => fireEvent.change(screen.getByLabelText(label), { target: { value: text } });

/** Whether following the link asks first, as it does while a form holds unsaved changes. */
function leavingAsks(): boolean {
  fireEvent.click(screen.getByRole("link", { name: "Plans" }));
  const asked = screen.queryByRole("dialog", { name: "Unsaved changes" });
  if (asked) fireEvent.click(within(asked).getByRole("button", { name: "Stay" }));
  return asked !== null;
}

describe.each(forms)("$name's time field", ({ form, time, timeLabel, text, textLabel, send, render }) => {
  /** Sends the form and waits for its refusal, shown at the refused field. */
  async function sendRefused() {
    send();
    expect(await screen.findByText(REFUSAL, { selector: `[id="${screen.getByLabelText(textLabel).id}-error"]` })).toBeTruthy();
  }

  it("keeps what was half typed when the page refreshes a minute later", () => {
    const page = open(render(OPENED));
    type(textLabel, "Called the insurer about the");
    page.refresh(render(REFRESHED));
    expect(shown(textLabel)).toBe("Called the insurer about the");
    expect(sent(form)[text]).toBe("Called the insurer about the");
  });

  it("follows the page's now while untouched, its hidden twin with it, so it is read as when the form is sent", () => {
    const page = open(render(OPENED));
    type(textLabel, "Called the insurer.");
    page.refresh(render(REFRESHED));
    expect(shown(timeLabel)).toBe(REFRESHED);
    expect(sent(form)[FILLED_NOW_FIELD]).toBe(REFRESHED);
    expect(readTime(sent(form), time)).toBe("");
  });

  it("keeps a typed time as typed when the page refreshes", () => {
    const page = open(render(OPENED));
    type(timeLabel, TYPED);
    page.refresh(render(REFRESHED));
    expect(shown(timeLabel)).toBe(TYPED);
    expect(readTime(sent(form), time)).toBe(TYPED);
  });

  it("is no unsaved change while untouched through a refresh, and is one once typed in", () => {
    const page = open(render(OPENED));
    page.refresh(render(REFRESHED));
    expect(leavingAsks()).toBe(false);
    type(timeLabel, TYPED);
    expect(leavingAsks()).toBe(true);
  });

  it("after a refusal, still follows the page's now if the time was left as filled in", async () => {
    const page = open(render(OPENED, refusing(text)));
    await sendRefused();
    page.refresh(render(REFRESHED, refusing(text)));
    expect(shown(timeLabel)).toBe(REFRESHED);
    expect(readTime(sent(form), time)).toBe("");
  });

  it("after a refusal, keeps a typed time as typed through a refresh", async () => {
    const page = open(render(OPENED, refusing(text)));
    type(timeLabel, TYPED);
    await sendRefused();
    page.refresh(render(REFRESHED, refusing(text)));
    expect(shown(timeLabel)).toBe(TYPED);
    expect(readTime(sent(form), time)).toBe(TYPED);
  });
});

describe("the log entry form after an entry is added", () => {
  const { render, send } = forms[0];

  it("starts again at the page's now, the time typed for the last entry forgotten", async () => {
    const page = open(render(OPENED));
    type("When it happened", TYPED);
    type("What was decided, done, told or restored", "Called the insurer.");
    send();
    expect(await screen.findByText("Added to the log.")).toBeTruthy();
    page.refresh(render(REFRESHED));
    expect(shown("When it happened")).toBe(REFRESHED);
    expect(shown("What was decided, done, told or restored")).toBe("");
    expect(readTime(sent("Add to the log"), "at")).toBe("");
  });
});
