// The decision log's filters as they appear in the address (page and CSV download alike);
// anything that is not a filter is ignored.
import { DECISION_KINDS } from "@coproduce/shared/vocabulary";
import { oneOf } from "./form";

/** The filters in the address, ignoring anything that is not one. */
export function decisionFilters(searchParams: URLSearchParams) {
  const text = (name: string) => {
    const value = searchParams.get(name)?.trim() ?? "";
    return value && value.length <= 100 ? value : undefined;
  };
  return {
    sectionId: text("sectionId"),
    personId: text("personId"),
    kind: oneOf(DECISION_KINDS, searchParams.get("kind") ?? "") ?? undefined,
  };
}
