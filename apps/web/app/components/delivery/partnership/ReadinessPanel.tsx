// The partnership's readiness: the latest assessment against the previous one, and its history.
import { Link } from "react-router";
import type { CallerOutputs } from "@coproduce/api";
import { formatDay } from "../ChartFigure";
import { ReadinessRadar } from "../ReadinessRadar";

type Assessment = CallerOutputs["readiness"]["history"][number];

export function ReadinessPanel({
  id,
  name,
  base,
  readiness,
  canEdit,
}: {
  id: string;
  name: string;
  base: string;
  readiness: Assessment[];
  canEdit: boolean;
}) {
  const [latest, previous] = readiness;
  return (
    <>
      <h2>Readiness</h2>
      {latest ? (
        <>
          <ReadinessRadar name={name} latest={latest} previous={previous} />
          <div className="table-scroll" role="region" aria-label="Readiness history" tabIndex={0}>
            <table>
              <caption>History of readiness assessments</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Readiness</th>
                  <th scope="col">Mean score</th>
                  <th scope="col">Assessed by</th>
                </tr>
              </thead>
              <tbody>
                {readiness.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">{formatDay(a.assessedOn)}</th>
                    <td>{a.percent}%</td>
                    <td>{a.mean} out of 5</td>
                    <td>{a.createdBy?.name ?? "Unknown"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        <p>No readiness assessment yet.</p>
      )}
      {canEdit && (
        <p>
          <Link className="button" to={`${base}/${id}/readiness`}>
            Start a readiness assessment
          </Link>
        </p>
      )}
    </>
  );
}
