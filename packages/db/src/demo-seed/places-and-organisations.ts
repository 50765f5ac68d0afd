// Nine boroughs of an invented two-million-person integrated care system, shaped like the
// North West London programme in seed 001, with partners from every sector in each.
import type { OrganisationSector } from "@coproduce/shared/vocabulary";

export const ICS = { name: "Riverside and Downs Integrated Care System", population: 2_000_000 };

export const BOROUGHS = [
  { name: "Northbridge", population: 246_000 },
  { name: "Eastmoor", population: 214_000 },
  { name: "Kingsford", population: 233_000 },
  { name: "Ashvale", population: 198_000 },
  { name: "Westerleigh", population: 262_000 },
  { name: "Hollins Green", population: 207_000 },
  { name: "St Brannock", population: 221_000 },
  { name: "Marlow Fields", population: 189_000 },
  { name: "Calder Heath", population: 230_000 },
] as const;

/** Localities inside two boroughs, to show that places nest. */
export const LOCALITIES = [
  { borough: "Northbridge", name: "Northbridge North", population: 82_000 },
  { borough: "Northbridge", name: "Northbridge Riverside", population: 79_000 },
  { borough: "Westerleigh", name: "Westerleigh Old Town", population: 64_000 },
];

/** Neighbourhoods (a primary care network's area) inside a locality: system › place › neighbourhood. */
export const NEIGHBOURHOODS = [
  { locality: "Northbridge North", name: "Hillside and Brook", population: 31_000 },
  { locality: "Northbridge North", name: "Mill Lane", population: 27_000 },
  { locality: "Westerleigh Old Town", name: "Castle Quarter", population: 22_000 },
];

/** Each borough has a council, a GP federation, a carers' group and a voluntary partner. */
export function boroughOrganisations(
  borough: string,
): { name: string; sector: OrganisationSector }[] {
  return [
    { name: `${borough} Council Adult Social Care`, sector: "local_authority" },
    { name: `${borough} GP Federation`, sector: "primary_care" },
    { name: `Age UK ${borough}`, sector: "voluntary" },
    { name: `${borough} Carers' Forum`, sector: "patient_group" },
  ];
}

/** Larger providers serve several boroughs: they are attached to the whole system. */
export const SYSTEM_ORGANISATIONS: { name: string; sector: OrganisationSector }[] = [
  { name: "Riverside University Hospitals NHS Foundation Trust", sector: "acute" },
  { name: "Downs and Weald Hospitals NHS Trust", sector: "acute" },
  { name: "Riverside Community Health NHS Trust", sector: "community" },
  { name: "Downs Community Services", sector: "community" },
  { name: "Riverside and Downs Mental Health NHS Foundation Trust", sector: "mental_health" },
  { name: "Riverside and Downs Integrated Care Board", sector: "commissioner" },
  { name: "Healthwatch Riverside and Downs", sector: "patient_group" },
  { name: "Riverside Council for Voluntary Service", sector: "voluntary" },
];
