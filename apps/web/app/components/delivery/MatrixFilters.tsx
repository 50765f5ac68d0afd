// The adoption matrix's filters: a plain GET form, so they live in the address (to share or
// bookmark) and work without JavaScript. A place is typed, not picked from a list: a region
// has thousands. What was typed that fits no place, or several, is said under the form.
import { Form, Link } from "react-router";
import type { CallerOutputs } from "@coproduce/api";
import {
  CARE_MODEL_LABELS,
  CARE_MODEL_TYPES,
  PARTNERSHIP_STATUSES,
} from "@coproduce/shared/vocabulary";
import { partnershipStatusLabel } from "@coproduce/shared/labels";
import { FormField } from "../FormField";
import { SelectField } from "../SelectField";

type Matrix = CallerOutputs["adoption"]["matrix"];

export function MatrixFilters({
  filters,
  placeFilter,
  placeHref,
}: {
  filters: Matrix["filters"];
  placeFilter: Matrix["placeFilter"];
  /** The matrix's address with this place chosen and the other filters kept. */
  placeHref: (placeId: string) => string;
}) {
  const filtered = Boolean(filters.careModelType || filters.placeId || filters.status);
  return (
    <>
      {/* Keyed by the filters, so the fields show what the page shows after each navigation
          (a place typed in part shows its full name; "Clear filters" empties them). */}
      <Form
        key={JSON.stringify(filters)}
        method="get"
        className="matrix-filters"
        aria-label="Filter the matrix"
      >
        <SelectField
          label="Care model type"
          name="type"
          defaultValue={filters.careModelType ?? ""}
          options={[
            { value: "", label: "All care model types" },
            ...CARE_MODEL_TYPES.map((t) => ({ value: t, label: CARE_MODEL_LABELS[t] })),
          ]}
        />
        <FormField
          label="Place"
          name="placeName"
          type="search"
          hint="Type its name. A system includes the places inside it."
          defaultValue={filters.placeName ?? ""}
          maxLength={200}
          autoComplete="off"
        />
        <SelectField
          label="Partnership status"
          name="status"
          defaultValue={filters.status ?? ""}
          options={[
            { value: "", label: "All statuses" },
            ...PARTNERSHIP_STATUSES.map((s) => ({ value: s, label: partnershipStatusLabel(s) })),
          ]}
        />
        <div className="button-row">
          <button type="submit" className="button">
            Show
          </button>
          {(filtered || placeFilter) && <Link to="?">Clear filters</Link>}
        </div>
      </Form>
      {placeFilter && <PlaceNotice placeFilter={placeFilter} placeHref={placeHref} />}
    </>
  );
}

/** A typed place that fits no place, or several: say so, and offer the several to choose. */
function PlaceNotice({
  placeFilter,
  placeHref,
}: {
  placeFilter: NonNullable<Matrix["placeFilter"]>;
  placeHref: (placeId: string) => string;
}) {
  if (placeFilter.state === "unknown") {
    return (
      <p className="notice notice-warning">
        No place has “{placeFilter.typed}” in its name. The matrix shows every place.
      </p>
    );
  }
  return (
    <div className="notice notice-warning">
      <p>
        More than one place fits “{placeFilter.typed}”. The matrix shows every place until you
        choose one:
      </p>
      <ul aria-label="Places that fit">
        {placeFilter.choices.map((choice) => (
          <li key={choice.id}>
            <Link to={placeHref(choice.id)}>{choice.name}</Link>
            {choice.within && ` (in ${choice.within})`}
          </li>
        ))}
      </ul>
      {placeFilter.more > 0 && (
        <p>
          {placeFilter.more === 1 ? "1 more place fits" : `${placeFilter.more} more places fit`}:
          type more of its name.
        </p>
      )}
    </div>
  );
}
