import { describe, expect, it } from "vitest";
import { cleanMultiLineText, cleanSingleLineText } from "./control-characters.js";

describe("control characters", () => {
  it("are removed from text, keeping tabs and line breaks where text spans lines", () => {
    expect(cleanMultiLineText("a\u0000b\u0007c\u001bd\u007fe\u0085f\ufffeg\r\nh\ri\tj\nk")).toBe(
      "abcdefg\nh\ni\tj\nk",
    );
    expect(cleanSingleLineText("Title\u0000\nsecond\tpart")).toBe("Title second part");
  });

  it("leave ordinary text alone, accents and emoji included", () => {
    const text = "Café, naïve, “quotes” & <angle brackets> 😀 — ünïcödé";
    expect(cleanMultiLineText(text)).toBe(text);
    expect(cleanSingleLineText(text)).toBe(text);
  });
});
