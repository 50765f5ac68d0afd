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
export * from "./delivery-vocabulary.js";
