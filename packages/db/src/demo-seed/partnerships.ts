// The nine Early Adopter partnerships (seed 001), one per borough, each designing a delivery
// model for people aged over 65. Some went live later than planned, as seed 001 warns.
import type { CareModelType, PartnershipStatus } from "@coproduce/shared/vocabulary";

export interface SeedPartnership {
  borough: string;
  name: string;
  careModelType: CareModelType;
  status: PartnershipStatus;
  plannedGoLive: string;
  actualGoLive?: string;
  lead: string;
  description: string;
}

export const PARTNERSHIPS: SeedPartnership[] = [
  {
    borough: "Northbridge",
    name: "Northbridge Together",
    careModelType: "mcp",
    status: "live",
    plannedGoLive: "2025-04-01",
    actualGoLive: "2025-06-02",
    lead: "Northbridge GP Federation",
    description:
      "GP practices, community nurses and social workers form four neighbourhood teams around people over 65 with complex needs.",
  },
  {
    borough: "Eastmoor",
    name: "Eastmoor Integrated Care Partnership",
    careModelType: "pacs",
    status: "live",
    plannedGoLive: "2025-07-01",
    actualGoLive: "2025-07-01",
    lead: "Riverside University Hospitals NHS Foundation Trust",
    description:
      "The hospital, GPs and the council hold one budget for older people's care and share a care co-ordination hub.",
  },
  {
    borough: "Kingsford",
    name: "Kingsford Living Well",
    careModelType: "mcp",
    status: "mobilising",
    plannedGoLive: "2025-10-01",
    lead: "Kingsford GP Federation",
    description:
      "A multispecialty community provider brings geriatricians into GP surgeries and runs a falls prevention service with Age UK.",
  },
  {
    borough: "Ashvale",
    name: "Ashvale Care Homes Partnership",
    careModelType: "care_homes",
    status: "live",
    plannedGoLive: "2025-05-01",
    actualGoLive: "2025-09-15",
    lead: "Riverside Community Health NHS Trust",
    description:
      "Each care home has a named GP practice and a community team that visits every week.",
  },
  {
    borough: "Westerleigh",
    name: "Westerleigh Health and Care Alliance",
    careModelType: "pacs",
    status: "scaling",
    plannedGoLive: "2025-01-06",
    actualGoLive: "2025-03-03",
    lead: "Downs and Weald Hospitals NHS Trust",
    description:
      "After a pilot in the Old Town locality, the alliance is extending care co-ordination to the whole borough.",
  },
  {
    borough: "Hollins Green",
    name: "Hollins Green Neighbourhood Care",
    careModelType: "mcp",
    status: "designing",
    plannedGoLive: "2026-09-01",
    lead: "Hollins Green GP Federation",
    description:
      "Partners are co-designing neighbourhood teams with older residents and carers through the Change Academy.",
  },
  {
    borough: "St Brannock",
    name: "St Brannock Urgent Care Network",
    careModelType: "urgent_emergency",
    status: "mobilising",
    plannedGoLive: "2026-01-05",
    lead: "St Brannock Council Adult Social Care",
    description:
      "A rapid response service sees older people at home within two hours to avoid hospital admissions.",
  },
  {
    borough: "Marlow Fields",
    name: "Marlow Fields Better Together",
    careModelType: "mcp",
    status: "designing",
    plannedGoLive: "2026-04-01",
    lead: "Marlow Fields GP Federation",
    description:
      "GP practices and the voluntary sector are designing social prescribing and care co-ordination for people over 65.",
  },
  {
    borough: "Calder Heath",
    name: "Calder Heath Hospital and Community Collaboration",
    careModelType: "acute_collaboration",
    status: "mobilising",
    plannedGoLive: "2025-11-03",
    lead: "Downs and Weald Hospitals NHS Trust",
    description:
      "Two hospitals share a frailty service and discharge team, linked to community and social care.",
  },
];
