// Groups against the parts they had (drafted, commented, …), as counts only: for the public
// release page, where no names are shown.
import type { CallerOutputs } from "@coproduce/api";
import { CO_PRODUCTION_ACTIVITY_LABELS } from "./activity-labels";

type GroupTotal = CallerOutputs["publicToolbox"]["release"]["coProduction"]["totals"][number];

export function CoProductionTable({ caption, rows }: { caption: string; rows: GroupTotal[] }) {
  return (
    // A region that takes focus, so a keyboard can scroll the table sideways on a phone.
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Group</th>
            {CO_PRODUCTION_ACTIVITY_LABELS.map((a) => (
              <th scope="col" key={a.key}>
                {a.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key ?? "none"}>
              <th scope="row">{row.name}</th>
              {CO_PRODUCTION_ACTIVITY_LABELS.map((a) => (
                <td key={a.key}>{row.counts[a.key]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
