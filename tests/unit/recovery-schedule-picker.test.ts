// @vitest-environment jsdom
import { createElement } from "react";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { SchedulePicker } from "@/components/recovery/setup/schedule-picker";

afterEach(cleanup);

const NOW = "2026-11-25T12:00:00Z";

/** The cron rule the picker sends with its form. */
const sentCron = (container: HTMLElement) => (container.querySelector('input[type="hidden"][name="cron"]') as HTMLInputElement).value;

describe("the schedule picker's time of day", () => {
  it("a cleared time is refused by its field and sends no rule, instead of a backup at midnight", () => {
    const { container } = render(createElement(SchedulePicker, { stored: null, timezone: "Europe/London", now: NOW }));
    const at = screen.getByLabelText(/^At \(time of day/);
    expect(sentCron(container)).toBe("0 23 * * *");
    fireEvent.change(at, { target: { value: "" } });
    expect(sentCron(container)).toBe("");
    expect(screen.getByText("At: enter a time of day, e.g. 23:00.")).toBeTruthy();
    expect(at.getAttribute("aria-describedby")).toContain("presetTime-error");
    expect(screen.queryByText(/Wed 25 Nov 2026, 00:00/)).toBeNull();
    fireEvent.change(at, { target: { value: "06:30" } });
    expect(sentCron(container)).toBe("30 6 * * *");
    expect(screen.queryByText("At: enter a time of day, e.g. 23:00.")).toBeNull();
  });
});
