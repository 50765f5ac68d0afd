// The 50 NHS new care model vanguards (2015), exactly as listed in seed 004
// ("NHS Five Year Forward View", NHS Confederation, November 2015).
import type { CareModelType } from "@coproduce/shared/vocabulary";

const byType: Record<CareModelType, string[]> = {
  pacs: [
    "Wirral Partners",
    "Mid Nottinghamshire Better Together",
    "South Somerset Symphony Programme",
    "Northumberland Accountable Care Organisation",
    "Salford Together",
    "Better Care Together (Morecambe Bay Health Community)",
    "North East Hampshire and Farnham",
    "Harrogate and Rural District Clinical Commissioning Group",
    "My Life a Full Life (Isle of Wight)",
  ],
  mcp: [
    "Calderdale Health and Social Care Economy",
    "Erewash Multispecialty Community Provider",
    "Fylde Coast Local Health Economy",
    "Vitality (Birmingham and Sandwell)",
    "West Wakefield Health and Wellbeing Ltd",
    "Better Health and Care for Sunderland",
    "Dudley Multispecialty Community Provider",
    "Whitstable Medical Practice",
    "Stockport Together",
    "Tower Hamlets Integrated Provider Partnership",
    "Better Local Care (Southern Hampshire)",
    "West Cheshire Way",
    "Lakeside Surgeries (Northamptonshire)",
    "Principia Partners in Health (Southern Nottinghamshire)",
  ],
  care_homes: [
    "Connecting Care Wakefield District",
    "Gateshead Care Home Project",
    "East and North Hertfordshire Clinical Commissioning Group",
    "Nottingham City Clinical Commissioning Group",
    "Sutton Homes of Care",
    "Airedale and partners",
  ],
  urgent_emergency: [
    "Greater Nottingham Strategic Resilience Group",
    "Cambridgeshire and Peterborough Clinical Commissioning Group",
    "North East Urgent Care Network",
    "Barking Dagenham, Havering Redbridge System Resilience Group",
    "West Yorkshire Urgent and Emergency Care Network",
    "Leicester, Leicestershire Rutland System Resilience Group",
    "Solihull Together for Better Lives",
    "South Devon and Torbay System Resilience Group",
  ],
  acute_collaboration: [
    "Salford and Wigan Foundation Chain",
    "Northumbria Foundation Group",
    "Royal Free London",
    "Dartford and Gravesham",
    "Moorfields",
    "National Orthopaedic Alliance",
    "The Neuro Network (The Walton Centre, Liverpool)",
    "MERIT (Mental Health Alliance for Excellence, Resilience, Innovation and Training) (West Midlands)",
    "Cheshire and Merseyside Womens and Children Services",
    "Accountable Clinical Network for Cancer (ACNC)",
    "East Midlands Radiology Consortium (EMRAD)",
    "Developing One NHS in Dorset",
    "Working Together Partnership (South Yorkshire, Mid Yorkshire and North Derbyshire)",
  ],
};

const DESCRIPTIONS: Record<CareModelType, string> = {
  pacs: "Joins up GP, hospital, community and mental health services, sometimes under one budget.",
  mcp: "Moves specialist care out of hospitals into the community, around the GP registered list.",
  care_homes: "Joins up health, care and rehabilitation services for older people in care homes.",
  urgent_emergency: "Makes urgent and emergency care easier to reach and better joined up.",
  acute_collaboration:
    "Links hospitals together to improve their clinical and financial viability.",
};

/** Where a name says its area in brackets, use that; otherwise the name says it already. */
function areaOf(name: string): string {
  return /\(([^)]*)\)\s*$/.exec(name)?.[1] ?? name;
}

export const VANGUARDS = (Object.entries(byType) as [CareModelType, string[]][]).flatMap(
  ([careModelType, names]) =>
    names.map((name) => ({
      name,
      careModelType,
      area: areaOf(name),
      description: DESCRIPTIONS[careModelType],
    })),
);
