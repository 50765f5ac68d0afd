import { describe, expect, it } from "vitest";
import { REDACTED, redactPersonalDetails } from "./redaction.js";

describe("redactPersonalDetails", () => {
  it.each([
    ["Call me on 07700 900123 please", `Call me on ${REDACTED.phone} please`],
    ["ring 020 7946 0958.", `ring ${REDACTED.phone}.`],
    ["mobile +44 7700 900 123", `mobile ${REDACTED.phone}`],
    ["(0161) 496 0000 is the office", `${REDACTED.phone} is the office`],
    ["email jo.bloggs@example.org today", `email ${REDACTED.email} today`],
    ["my NHS number is 943 476 5919", `my NHS number is ${REDACTED.nhsNumber}`],
  ])("removes personal details from %j", (input, expected) => {
    expect(redactPersonalDetails(input)).toBe(expected);
  });

  it("leaves ordinary numbers, dates and times alone", () => {
    const text = "I waited 3 hours on 12/03/2026 and saw 2 nurses at 10:30. Ward 21 was full.";
    expect(redactPersonalDetails(text)).toBe(text);
  });
});
