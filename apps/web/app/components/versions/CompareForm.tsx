// Choose two versions (or a version and the current text) to compare: a plain GET form, so it
// works without JavaScript and the comparison has its own address.
import { Form } from "react-router";
import { SelectField } from "../SelectField";
import type { CallerOutputs } from "@coproduce/api";
import { versionTitle } from "./version-labels";

interface CompareFormProps {
  action: string;
  versions: CallerOutputs["versions"]["list"]["versions"];
  from?: string;
  to?: string;
}

export function CompareForm({ action, versions, from, to }: CompareFormProps) {
  const options = versions.map((version) => ({ value: version.id, label: versionTitle(version) }));
  return (
    <Form method="get" action={action} className="card compare-form">
      <h2>Compare two versions</h2>
      <SelectField
        label="From"
        name="from"
        defaultValue={from ?? versions[0]?.id}
        options={options}
      />
      <SelectField
        label="To"
        name="to"
        defaultValue={to ?? "current"}
        options={[{ value: "current", label: "Current text" }, ...options]}
      />
      <button type="submit" className="button">
        Compare
      </button>
    </Form>
  );
}
