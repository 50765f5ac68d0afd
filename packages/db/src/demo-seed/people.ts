// Demo accounts (one per role) and a wider group of members, so that every stakeholder group
// is represented. Every account has the demo password; see the README.
import type { Role, StakeholderGroupKey } from "@coproduce/shared/vocabulary";

export const DEMO_PASSWORD = "coproduce-demo";

export interface SeedPerson {
  email: string;
  name: string;
  role: Role;
  stakeholderGroupKey: StakeholderGroupKey;
  /** An organisation name from places-and-organisations.ts, or none (service users, carers). */
  organisation?: string;
}

export const DEMO_ACCOUNTS: SeedPerson[] = [
  {
    email: "admin@example.org",
    name: "Amira Shah",
    role: "admin",
    stakeholderGroupKey: "manager",
    organisation: "Riverside and Downs Integrated Care Board",
  },
  {
    email: "facilitator@example.org",
    name: "Tom Okafor",
    role: "facilitator",
    stakeholderGroupKey: "manager",
    organisation: "Riverside Council for Voluntary Service",
  },
  {
    email: "editor@example.org",
    name: "Dr Helen Price",
    role: "editor",
    stakeholderGroupKey: "clinician",
    organisation: "Northbridge GP Federation",
  },
  {
    email: "contributor@example.org",
    name: "Margaret Ellis",
    role: "contributor",
    stakeholderGroupKey: "carer",
  },
  {
    email: "viewer@example.org",
    name: "Raj Patel",
    role: "viewer",
    stakeholderGroupKey: "commissioner",
    organisation: "Riverside and Downs Integrated Care Board",
  },
];

export const OTHER_MEMBERS: SeedPerson[] = [
  {
    email: "sian.roberts@example.org",
    name: "Siân Roberts",
    role: "editor",
    stakeholderGroupKey: "social_care",
    organisation: "Eastmoor Council Adult Social Care",
  },
  {
    email: "kwame.mensah@example.org",
    name: "Kwame Mensah",
    role: "editor",
    stakeholderGroupKey: "clinician",
    organisation: "Riverside University Hospitals NHS Foundation Trust",
  },
  {
    email: "lucy.chen@example.org",
    name: "Lucy Chen",
    role: "editor",
    stakeholderGroupKey: "commissioner",
    organisation: "Riverside and Downs Integrated Care Board",
  },
  {
    email: "peter.walsh@example.org",
    name: "Peter Walsh",
    role: "contributor",
    stakeholderGroupKey: "service_user",
  },
  {
    email: "doreen.baker@example.org",
    name: "Doreen Baker",
    role: "contributor",
    stakeholderGroupKey: "service_user",
  },
  {
    email: "imran.hussain@example.org",
    name: "Imran Hussain",
    role: "contributor",
    stakeholderGroupKey: "carer",
  },
  {
    email: "grace.adeyemi@example.org",
    name: "Grace Adeyemi",
    role: "facilitator",
    stakeholderGroupKey: "voluntary_sector",
    organisation: "Age UK Kingsford",
  },
  {
    email: "john.murphy@example.org",
    name: "John Murphy",
    role: "contributor",
    stakeholderGroupKey: "citizen",
  },
  {
    email: "fiona.grant@example.org",
    name: "Fiona Grant",
    role: "editor",
    stakeholderGroupKey: "manager",
    organisation: "Riverside Community Health NHS Trust",
  },
  {
    email: "nadia.iqbal@example.org",
    name: "Nadia Iqbal",
    role: "viewer",
    stakeholderGroupKey: "clinician",
    organisation: "Riverside and Downs Mental Health NHS Foundation Trust",
  },
  {
    email: "alan.hughes@example.org",
    name: "Alan Hughes",
    role: "contributor",
    stakeholderGroupKey: "voluntary_sector",
    organisation: "Healthwatch Riverside and Downs",
  },
  {
    email: "beatrice.owen@example.org",
    name: "Beatrice Owen",
    role: "viewer",
    stakeholderGroupKey: "social_care",
    organisation: "Westerleigh Council Adult Social Care",
  },
];
