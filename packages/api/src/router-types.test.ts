// Pages take their types from the router (RouterInputs/RouterOutputs over HTTP, CallerOutputs
// in process) instead of redeclaring them. Checked by the type checker (npm run typecheck).
import { describe, expectTypeOf, it } from "vitest";
import type { CallerOutputs, RouterInputs, RouterOutputs } from "./router.js";

type Thread = CallerOutputs["comments"]["threads"]["threads"][number];

describe("types inferred from the router", () => {
  it("keep dates as dates in process and as strings over HTTP", () => {
    expectTypeOf<Thread["createdAt"]>().toEqualTypeOf<Date>();
    expectTypeOf<Thread["status"]>().toEqualTypeOf<"open" | "resolved">();
    expectTypeOf<
      RouterOutputs["comments"]["threads"]["threads"][number]["createdAt"]
    >().toEqualTypeOf<string>();
    expectTypeOf<RouterInputs["comments"]["threads"]>().toHaveProperty("sectionId");
  });
});
