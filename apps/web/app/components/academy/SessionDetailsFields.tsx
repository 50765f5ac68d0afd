// The details of a session, for planning it and for changing them later. Times are UK time.
import type { CallerOutputs } from "@coproduce/api";
import { FormField } from "../FormField";
import { TextAreaField } from "../TextAreaField";
import { dateTimeInputValue } from "../../lib/academy-format";

/** Changing a session starts from the session as academy.session gives it. */
type SessionDetailsValues = Pick<
  CallerOutputs["academy"]["session"],
  | "title"
  | "purpose"
  | "startsAt"
  | "endsAt"
  | "place"
  | "onlineLink"
  | "facilitators"
  | "invited"
  | "capacity"
>;

export function SessionDetailsFields({
  values,
  fieldErrors,
}: {
  values?: SessionDetailsValues;
  fieldErrors: Record<string, string | undefined>;
}) {
  return (
    <>
      <FormField
        label="Title"
        name="title"
        maxLength={120}
        defaultValue={values?.title}
        error={fieldErrors.title}
      />
      <TextAreaField
        label="Purpose"
        name="purpose"
        rows={3}
        defaultValue={values?.purpose}
        error={fieldErrors.purpose}
      />
      <FormField
        label="Starts (UK time)"
        name="startsAt"
        type="datetime-local"
        defaultValue={values ? dateTimeInputValue(values.startsAt) : undefined}
        error={fieldErrors.startsAt}
      />
      <FormField
        label="Ends (UK time)"
        name="endsAt"
        type="datetime-local"
        defaultValue={values ? dateTimeInputValue(values.endsAt) : undefined}
        error={fieldErrors.endsAt}
      />
      <FormField
        label="Place"
        name="place"
        defaultValue={values?.place}
        error={fieldErrors.place}
      />
      <FormField
        label="Online link (optional)"
        name="onlineLink"
        type="url"
        hint="Starts with https://"
        defaultValue={values?.onlineLink ?? ""}
        error={fieldErrors.onlineLink}
      />
      <FormField
        label="Facilitators"
        name="facilitators"
        defaultValue={values?.facilitators}
        error={fieldErrors.facilitators}
      />
      <TextAreaField
        label="Invited teams and people"
        name="invited"
        rows={2}
        defaultValue={values?.invited}
        error={fieldErrors.invited}
      />
      <FormField
        label="Capacity (optional)"
        name="capacity"
        type="number"
        inputMode="numeric"
        min={1}
        defaultValue={values?.capacity ?? ""}
        error={fieldErrors.capacity}
      />
    </>
  );
}
