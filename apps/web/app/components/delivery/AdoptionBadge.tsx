// An adoption status as a symbol, words and colour (never colour alone).
import {
  ADOPTION_STATUS_LABELS,
  ADOPTION_STATUS_SYMBOLS,
  type AdoptionStatus,
} from "@coproduce/shared/vocabulary";

export function AdoptionBadge({ status }: { status: string }) {
  const key = (status in ADOPTION_STATUS_LABELS ? status : "not_started") as AdoptionStatus;
  return (
    <span className={`adoption adoption-${key}`}>
      <span aria-hidden="true">{ADOPTION_STATUS_SYMBOLS[key]} </span>
      {ADOPTION_STATUS_LABELS[key]}
    </span>
  );
}
