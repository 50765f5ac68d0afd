import { describe, expect, it } from "vitest";
import { isCrossSiteWrite } from "./csrf.server.js";

describe("isCrossSiteWrite", () => {
  const base = { host: "localhost:3000", fetchSite: undefined };
  it("lets reads through", () => {
    expect(isCrossSiteWrite({ ...base, method: "GET", origin: "https://evil.example" })).toBe(
      false,
    );
  });
  it("lets same-origin posts through", () => {
    expect(isCrossSiteWrite({ ...base, method: "POST", origin: "http://localhost:3000" })).toBe(
      false,
    );
  });
  it("refuses posts from another origin", () => {
    expect(isCrossSiteWrite({ ...base, method: "POST", origin: "https://evil.example" })).toBe(
      true,
    );
  });
  it("refuses posts that fetch metadata marks as cross-site", () => {
    expect(
      isCrossSiteWrite({ ...base, method: "POST", origin: undefined, fetchSite: "cross-site" }),
    ).toBe(true);
  });
  it("refuses an opaque origin", () => {
    expect(isCrossSiteWrite({ ...base, method: "POST", origin: "null" })).toBe(true);
  });
});
