// Reads a session's details from a submitted form for academy.create and academy.update. The
// datetime-local values go to the server as they are: it reads them as UK time.
import { field } from "./form";

export function sessionDetailsFromForm(form: FormData) {
  const capacity = field(form, "capacity").trim();
  return {
    title: field(form, "title"),
    purpose: field(form, "purpose"),
    startsAt: field(form, "startsAt"),
    endsAt: field(form, "endsAt"),
    place: field(form, "place"),
    onlineLink: field(form, "onlineLink"),
    facilitators: field(form, "facilitators"),
    invited: field(form, "invited"),
    capacity: capacity === "" ? null : capacity,
  };
}
