/** A text field from a submitted form ("" when missing), for passing to a tRPC input. */
export function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}
