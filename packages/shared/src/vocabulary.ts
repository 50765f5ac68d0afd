// The fixed vocabularies of the domain (see shared/DOMAIN.md). Stored as strings in the
// database; these lists are the single source of truth for what a value may be.

export const ROLES = ["admin", "facilitator", "editor", "contributor", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Admin",
  facilitator: "Facilitator",
  editor: "Editor",
  contributor: "Contributor",
  viewer: "Viewer",
};

export const DOCUMENT_KINDS = ["toolkit", "handbook", "other"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const SECTION_STATUSES = ["draft", "in_review", "agreed"] as const;
export type SectionStatus = (typeof SECTION_STATUSES)[number];

export const PLACE_LEVELS = ["ics", "place", "locality", "neighbourhood"] as const;
export type PlaceLevel = (typeof PLACE_LEVELS)[number];

/** Places nest from the widest (a system) to the smallest (a neighbourhood), in this order. */
export const PLACE_LEVEL_LABELS: Record<PlaceLevel, string> = {
  ics: "Integrated care system",
  place: "Place",
  locality: "Locality",
  neighbourhood: "Neighbourhood",
};

export const ORGANISATION_SECTORS = [
  "acute",
  "community",
  "mental_health",
  "primary_care",
  "local_authority",
  "commissioner",
  "voluntary",
  "patient_group",
] as const;
export type OrganisationSector = (typeof ORGANISATION_SECTORS)[number];

export const SECTOR_LABELS: Record<OrganisationSector, string> = {
  acute: "Acute trust",
  community: "Community provider",
  mental_health: "Mental health",
  primary_care: "Primary care",
  local_authority: "Local authority",
  commissioner: "Commissioner",
  voluntary: "Voluntary, community and faith sector",
  patient_group: "Patient group",
};

export const CARE_MODEL_TYPES = [
  "pacs",
  "mcp",
  "care_homes",
  "urgent_emergency",
  "acute_collaboration",
] as const;
export type CareModelType = (typeof CARE_MODEL_TYPES)[number];

export const CARE_MODEL_LABELS: Record<CareModelType, string> = {
  pacs: "Integrated primary and acute care system (PACS)",
  mcp: "Multispecialty community provider (MCP)",
  care_homes: "Enhanced health in care homes",
  urgent_emergency: "Urgent and emergency care",
  acute_collaboration: "Acute care collaboration",
};

export const PARTNERSHIP_STATUSES = ["designing", "mobilising", "live", "scaling"] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];

export const PARTNERSHIP_STATUS_LABELS: Record<PartnershipStatus, string> = {
  designing: "Designing",
  mobilising: "Mobilising",
  live: "Live",
  scaling: "Scaling",
};

export const STAKEHOLDER_GROUPS = [
  { key: "clinician", name: "Clinician", description: "Doctors, nurses and therapists." },
  {
    key: "social_care",
    name: "Social care professional",
    description: "Social workers and care staff.",
  },
  { key: "commissioner", name: "Commissioner", description: "People who plan and buy services." },
  { key: "manager", name: "Manager", description: "People who run services and teams." },
  {
    key: "voluntary_sector",
    name: "Voluntary sector",
    description: "Charities, community and faith groups.",
  },
  { key: "service_user", name: "Service user", description: "People who use health and care." },
  { key: "carer", name: "Carer", description: "People who look after a family member or friend." },
  { key: "citizen", name: "Citizen", description: "Anyone who lives in the area." },
] as const;
export type StakeholderGroupKey = (typeof STAKEHOLDER_GROUPS)[number]["key"];

// ---------- Feedback ----------

/** What happened because of a piece of feedback ("you said, we did"). */
export const FEEDBACK_STATUSES = [
  "received",
  "being_considered",
  "change_planned",
  "change_made",
  "not_changed",
] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];
export const FEEDBACK_STATUS_LABELS: Record<FeedbackStatus, string> = {
  received: "Received",
  being_considered: "Being considered",
  change_planned: "Change planned",
  change_made: "Change made",
  not_changed: "Not changed",
};

export const FEEDBACK_MODERATION = ["pending", "approved", "rejected"] as const;
export type FeedbackModeration = (typeof FEEDBACK_MODERATION)[number];

/** Ratings, in words first: faces or stars alone do not work for everyone. */
export const FEEDBACK_RATINGS = [
  { value: 5, label: "Very good" },
  { value: 4, label: "Good" },
  { value: 3, label: "Neither good nor bad" },
  { value: 2, label: "Bad" },
  { value: 1, label: "Very bad" },
] as const;

/** The consent people give, stored word for word with their feedback. */
export const FEEDBACK_CONSENT_TEXT =
  "I agree that the programme team can keep what I wrote. They may publish it without my name or contact details, with their reply.";

/** Limits on what one piece of feedback may hold. */
export const FEEDBACK_LIMITS = { body: 2000, name: 100, contact: 200, response: 4000 } as const;

// ---------- Change Academy ----------

export const ACTIVITY_KINDS = [
  "presentation",
  "discussion",
  "ideas_board",
  "dot_vote",
  "break",
  "feedback",
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_KIND_LABELS: Record<ActivityKind, string> = {
  presentation: "Presentation",
  discussion: "Discussion",
  ideas_board: "Ideas board",
  dot_vote: "Dot vote",
  break: "Break",
  feedback: "Feedback",
};

export const NOTE_COLOURS = ["yellow", "pink", "blue", "green"] as const;
export type NoteColour = (typeof NOTE_COLOURS)[number];

export const OUTPUT_KINDS = ["idea", "action", "decision"] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

export const OUTPUT_KIND_LABELS: Record<OutputKind, string> = {
  idea: "Idea",
  action: "Action",
  decision: "Decision",
};

export const OUTPUT_STATUSES = ["open", "done"] as const;
export type OutputStatus = (typeof OUTPUT_STATUSES)[number];
export * from "./delivery-vocabulary.js";

/** Who must approve a Toolbox release before it is published (of the named approvers). */
export const SIGN_OFF_RULES = ["none", "any", "all"] as const;
export type SignOffRule = (typeof SIGN_OFF_RULES)[number];

export const REVIEW_VERDICTS = ["approved", "objected"] as const;
export type ReviewVerdict = (typeof REVIEW_VERDICTS)[number];

/**
 * What a decision-log entry records. Suggestion decisions are written by suggestion mode; the
 * others by change control and release sign-off.
 */
export const DECISION_KINDS = [
  "status_changed",
  "suggestion_accepted",
  "suggestion_rejected",
  "approver_named",
  "approver_removed",
  "sign_off_rule_changed",
  "release_approved",
  "release_objected",
  "release_published",
  "variant_created",
  "variant_published",
  "variant_brought_in",
] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];
