import { describe, expect, it } from "vitest";
import { attempt } from "./trpc-errors.server";
import { choiceField, oneOf } from "./form";

const COLOURS = ["yellow", "pink"] as const;

describe("vocabulary fields from forms", () => {
  it("narrows a member of the vocabulary and refuses anything else", () => {
    expect(oneOf(COLOURS, "pink")).toBe("pink");
    expect(oneOf(COLOURS, "Pink")).toBeNull();
    expect(oneOf(COLOURS, "")).toBeNull();
    expect(oneOf(COLOURS, "toString")).toBeNull();
  });

  it("turns a value outside the vocabulary into a message beside the field, calling nothing", async () => {
    const form = new FormData();
    form.set("colour", "red");
    let called = false;
    const result = await attempt(async () => {
      const colour = choiceField(form, "colour", COLOURS, "Choose a colour from the list.");
      called = true;
      return colour;
    });
    expect(called).toBe(false);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.response.init?.status).toBe(400);
    expect(result.response.data.fieldErrors).toEqual({ colour: "Choose a colour from the list." });

    form.set("colour", "yellow");
    expect(await attempt(async () => choiceField(form, "colour", COLOURS, "x"))).toEqual({
      ok: true,
      value: "yellow",
    });
  });
});
