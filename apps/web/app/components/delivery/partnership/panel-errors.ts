// What the partnership page's action answers, and how a panel finds the errors of its own form.
export type PanelResult = {
  done?: string;
  target?: string;
  formError?: string;
  fieldErrors?: Record<string, string | undefined>;
};

/** The result for the form `target` names, when that form failed; otherwise undefined. */
export type ErrorsFor = (target: string) => PanelResult | undefined;

export function errorsForResult(result: PanelResult | undefined): ErrorsFor {
  return (target) => (result?.target === target && result.formError ? result : undefined);
}
