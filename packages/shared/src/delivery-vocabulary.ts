// Vocabulary of the Early Adopter delivery models: adoption, milestones, benefits, readiness.

export const ADOPTION_STATUSES = [
  "adopted",
  "adapted",
  "planned",
  "not_applicable",
  "not_started",
] as const;
export type AdoptionStatus = (typeof ADOPTION_STATUSES)[number];

export const ADOPTION_STATUS_LABELS: Record<AdoptionStatus, string> = {
  adopted: "Adopted as written",
  adapted: "Adapted",
  planned: "Planned",
  not_applicable: "Not applicable",
  not_started: "Not started",
};

/** A symbol beside each status, so the heat map never relies on colour alone. */
export const ADOPTION_STATUS_SYMBOLS: Record<AdoptionStatus, string> = {
  adopted: "✔",
  adapted: "✎",
  planned: "◷",
  not_applicable: "–",
  not_started: "○",
};

export const MILESTONE_STATUSES = ["not_started", "in_progress", "at_risk", "complete"] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export const MILESTONE_STATUS_LABELS: Record<MilestoneStatus, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  at_risk: "At risk",
  complete: "Complete",
};

export const BENEFIT_DIRECTIONS = ["higher", "lower"] as const;
export type BenefitDirection = (typeof BENEFIT_DIRECTIONS)[number];

export const BENEFIT_DIRECTION_LABELS: Record<BenefitDirection, string> = {
  higher: "Higher is better",
  lower: "Lower is better",
};

/** What each readiness score means, the same for every practical consideration. */
export const READINESS_DESCRIPTORS: Record<number, string> = {
  1: "Not started: no shared plan yet",
  2: "Early: some partners have started, gaps are known",
  3: "Developing: a shared plan exists and work is under way",
  4: "Established: in place across most partners, with evidence",
  5: "Embedded: working everywhere, reviewed and improving",
};
