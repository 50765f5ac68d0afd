// The places of a programme as a tree (system › place › locality › neighbourhood). Everyone
// sees it; admins add places, rename them and move them inside another place. One place is
// changed at a time (`?edit=<id>`): a form per row would repeat every place in every row.
import { data, Form, Link, redirect } from "react-router";
import type { Route } from "./+types/places";
import { PLACE_LEVELS, PLACE_LEVEL_LABELS, type PlaceLevel } from "@coproduce/shared/vocabulary";
import { attempt, formError, load } from "../../../lib/trpc-errors.server";
import { field } from "../../../lib/form";
import { ErrorSummary } from "../../../components/ErrorSummary";
import { FormField } from "../../../components/FormField";
import { SelectField } from "../../../components/SelectField";

export const meta: Route.MetaFunction = () => [{ title: "Places – Coproduce" }];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const list = await load(request, () => context.trpc.places.list({ programmeSlug: params.slug }));
  const editId = new URL(request.url).searchParams.get("edit");
  const saved = new URL(request.url).searchParams.get("saved");
  return {
    ...list,
    editing: list.canManage ? (list.places.find((p) => p.id === editId) ?? null) : null,
    saved: list.places.find((p) => p.id === saved)?.name ?? null,
  };
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
    return redirect(`/p/${params.slug}/delivery-models/places?saved=${placeId}`);
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
  const { places, canManage, editing, saved } = loaderData;
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
      {(result?.done || saved) && (
        <p className="notice" role="status">
          {result?.done ?? `${saved} saved.`}
        </p>
      )}
      {!result?.placeId && <ErrorSummary message={result?.formError} />}
      {editing && (
        <section aria-labelledby="change-place" className="place-change">
          <h2 id="change-place">Change {editing.name}</h2>
          <ErrorSummary message={result?.placeId === editing.id ? result.formError : undefined} />
          <Form method="post">
            <input type="hidden" name="intent" value="update" />
            <input type="hidden" name="placeId" value={editing.id} />
            <FormField label="Name" name="name" defaultValue={editing.name} required />
            <SelectField
              label="Level"
              name="level"
              options={LEVEL_OPTIONS}
              defaultValue={editing.level}
            />
            <SelectField
              label="Inside"
              name="parentId"
              options={parentOptions(editing.id)}
              defaultValue={editing.parentId ?? ""}
            />
            <div className="button-row">
              <button type="submit" className="button">
                Save {editing.name}
              </button>
              <Link to="?">Cancel</Link>
            </div>
          </Form>
        </section>
      )}
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
                      <Link to={`?edit=${p.id}`}>
                        Change <span className="visually-hidden">{p.name}</span>
                      </Link>
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
