import { describe, expect, it } from "vitest";
import { z } from "zod";
import { decimalInput, wholeNumberInput } from "./number-inputs.js";

const whole = wholeNumberInput(z.number({ error: "Whole, please." }).int().nullable());
const decimal = decimalInput(z.number({ error: "Digits, please." }));

describe("numbers in the one format", () => {
  it.each([
    ["1200", 1200],
    [" 42 ", 42],
    ["-5", -5],
    ["0", 0],
    [7, 7],
    [null, null],
  ])("reads %j as a whole number", (input, expected) => {
    expect(whole.parse(input)).toBe(expected);
  });

  it.each(["0x10", "1,000", "1e3", "1 000", "+5", "12.0", "Infinity", "NaN", "٣", "0b11", "1_000"])(
    "refuses %j with the field's message",
    (input) => {
      const result = whole.safeParse(input);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe("Whole, please.");
    },
  );

  it("reads decimals with one point", () => {
    expect(decimal.parse("28.25")).toBe(28.25);
    expect(decimal.parse("-0.5")).toBe(-0.5);
    for (const input of ["28,25", "1.2.3", ".5", "5.", "1e-3", "0x1p3", ""]) {
      expect(decimal.safeParse(input).success, input).toBe(false);
    }
    expect(decimal.safeParse(Number.POSITIVE_INFINITY).success).toBe(false);
  });
});
