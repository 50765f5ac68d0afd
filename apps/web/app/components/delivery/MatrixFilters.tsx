// The adoption matrix's filters: a plain GET form, so they live in the address (to share or
// bookmark) and work without JavaScript.
import { Form, Link } from "react-router";
import type { CallerOutputs } from "@coproduce/api";
import {
  CARE_MODEL_LABELS,
  CARE_MODEL_TYPES,
  PARTNERSHIP_STATUSES,
} from "@coproduce/shared/vocabulary";
import { partnershipStatusLabel } from "@coproduce/shared/labels";
import { SelectField } from "../SelectField";

type Matrix = CallerOutputs["adoption"]["matrix"];

export function MatrixFilters({
  filters,
  places,
}: {
  filters: Matrix["filters"];
  places: Matrix["places"];
}) {
  const filtered = Boolean(filters.careModelType || filters.placeId || filters.status);
  return (
    <Form method="get" className="matrix-filters" aria-label="Filter the matrix">
      <SelectField
        label="Care model type"
        name="type"
        defaultValue={filters.careModelType ?? ""}
        options={[
          { value: "", label: "All care model types" },
          ...CARE_MODEL_TYPES.map((t) => ({ value: t, label: CARE_MODEL_LABELS[t] })),
        ]}
      />
      <SelectField
        label="Place"
        name="place"
        defaultValue={filters.placeId ?? ""}
        options={[
          { value: "", label: "All places" },
          // Indented, so a system shows the places inside it; choosing it includes them.
          ...places.map((p) => ({ value: p.id, label: `${"– ".repeat(p.depth)}${p.name}` })),
        ]}
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
        {filtered && <Link to="?">Clear filters</Link>}
      </div>
    </Form>
  );
}
