// The places of a programme as a tree (system › place › locality › neighbourhood). Everyone
// sees it; admins add places, rename them and move them inside another place.
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/places";
import { PLACE_LEVELS, PLACE_LEVEL_LABELS, type PlaceLevel } from "@coproduce/db/vocabulary";
import { attempt, formError, load } from "../../../lib/trpc-errors.server";
import { field } from "../../../lib/form";
import { ErrorSummary } from "../../../components/ErrorSummary";
import { FormField } from "../../../components/FormField";
import { SelectField } from "../../../components/SelectField";

export const meta: Route.MetaFunction = () => [{ title: "Places – Coproduce" }];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  return load(request, () => context.trpc.places.list({ programmeSlug: params.slug }));
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const form = await request.formData();
  const fields = {
    programmeSlug: params.slug,
    name: field(form, "name"),
    level: field(form, "level") as PlaceLevel,
    parentId: field(form, "parentId") || null,
  };
  const intent = field(form, "intent");
  if (intent === "create") {
    const result = await attempt(() => context.trpc.places.create(fields));
    if (!result.ok) return result.response;
    return { done: `${result.value.name} added.` };
  }
  if (intent === "update") {
    const placeId = field(form, "placeId");
    const result = await attempt(() => context.trpc.places.update({ ...fields, placeId }));
    // Which place's form failed, so its message shows beside that form.
    if (!result.ok) return data({ ...result.response.data, placeId }, { status: 400 });
    return { done: `${result.value.name} saved.` };
  }
  return formError("We did not understand that request.");
}

type ActionData = {
  done?: string;
  formError?: string;
  fieldErrors?: Record<string, string | undefined>;
  placeId?: string;
};

const levelLabel = (level: string) => PLACE_LEVEL_LABELS[level as PlaceLevel] ?? level;
const LEVEL_OPTIONS = PLACE_LEVELS.map((l) => ({ value: l, label: PLACE_LEVEL_LABELS[l] }));

export default function Places({ loaderData, actionData, params }: Route.ComponentProps) {
  const { places, canManage } = loaderData;
  const result = actionData as ActionData | undefined;
  const byId = new Map(places.map((p) => [p.id, p]));
  // Indented names, so the drop-down shows the tree too.
  const parentOptions = (exceptId?: string) => [
    { value: "", label: "Not inside another place" },
    ...places
      .filter((p) => p.id !== exceptId)
      .map((p) => ({ value: p.id, label: `${"– ".repeat(p.depth)}${p.name}` })),
  ];
  return (
    <>
      <h1>Places</h1>
      <p className="lead">
        Where partnerships work, from the whole system down to a neighbourhood. A place sits inside
        a wider one.
      </p>
      {result?.done && (
        <p className="notice" role="status">
          {result.done}
        </p>
      )}
      {!result?.placeId && <ErrorSummary message={result?.formError} />}
      {places.length === 0 ? (
        <p>There are no places yet.</p>
      ) : (
        <div className="table-scroll" role="region" aria-label="Places" tabIndex={0}>
          <table>
            <caption className="visually-hidden">Places, each under the place it sits in</caption>
            <thead>
              <tr>
                <th scope="col">Place</th>
                <th scope="col">Level</th>
                <th scope="col">Inside</th>
                <th scope="col">Partnerships</th>
                {canManage && <th scope="col">Change</th>}
              </tr>
            </thead>
            <tbody>
              {places.map((p) => (
                <tr key={p.id}>
                  <th scope="row" className={`place-depth-${Math.min(p.depth, 3)}`}>
                    {p.name}
                  </th>
                  <td>{levelLabel(p.level)}</td>
                  <td>{p.parentId ? (byId.get(p.parentId)?.name ?? "") : "–"}</td>
                  <td>
                    {p.partnerships > 0 ? (
                      <Link to={`/p/${params.slug}/delivery-models/matrix?place=${p.id}`}>
                        {p.partnerships}
                      </Link>
                    ) : (
                      0
                    )}
                  </td>
                  {canManage && (
                    <td>
                      <details open={result?.placeId === p.id}>
                        <summary>
                          Change <span className="visually-hidden">{p.name}</span>
                        </summary>
                        {result?.placeId === p.id && <ErrorSummary message={result.formError} />}
                        <Form method="post">
                          <input type="hidden" name="intent" value="update" />
                          <input type="hidden" name="placeId" value={p.id} />
                          <FormField
                            label={`Name of ${p.name}`}
                            name="name"
                            defaultValue={p.name}
                            required
                          />
                          <SelectField
                            label={`Level of ${p.name}`}
                            name="level"
                            options={LEVEL_OPTIONS}
                            defaultValue={p.level}
                          />
                          <SelectField
                            label={`${p.name} is inside`}
                            name="parentId"
                            options={parentOptions(p.id)}
                            defaultValue={p.parentId ?? ""}
                          />
                          <button type="submit" className="button">
                            Save {p.name}
                          </button>
                        </Form>
                      </details>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canManage && (
        <section aria-labelledby="add-place">
          <h2 id="add-place">Add a place</h2>
          <Form method="post">
            <input type="hidden" name="intent" value="create" />
            <FormField
              label="Name of the place"
              name="name"
              required
              error={result?.placeId ? undefined : result?.fieldErrors?.name}
            />
            <SelectField label="Level" name="level" options={LEVEL_OPTIONS} defaultValue="place" />
            <SelectField label="Inside" name="parentId" options={parentOptions()} />
            <button type="submit" className="button">
              Add place
            </button>
          </Form>
          <p>
            To add many places at once,{" "}
            <Link to={`/p/${params.slug}/delivery-models/data`}>import a CSV file of places</Link>.
          </p>
        </section>
      )}
    </>
  );
}
