// The demo Toolbox: the Integrated Care Toolkit and its handbooks. Headings follow the shape of
// the Whole Systems Integrated Care toolkit described in seed 001 (co-designed by over 200
// stakeholders, then followed by handbooks on financial flows, governance and shared data).
import type { DocumentKind, SectionStatus } from "@coproduce/shared/vocabulary";

/** `text` holds paragraphs separated by blank lines, as the editor's plain-text import reads them. */
export interface SeedSection {
  title: string;
  status: SectionStatus;
  text: string;
  children?: SeedSection[];
}

export interface SeedDocument {
  slug: string;
  kind: DocumentKind;
  title: string;
  summary: string;
  sections: SeedSection[];
}

const agreed = (title: string, text: string, children?: SeedSection[]): SeedSection => ({
  title,
  status: "agreed",
  text,
  children,
});

export const TOOLBOX_DOCUMENTS: SeedDocument[] = [
  {
    slug: "integrated-care-toolkit",
    kind: "toolkit",
    title: "Integrated Care Toolkit",
    summary:
      "The framework that local partnerships use to design integrated care. It was co-produced by health and care staff, service users and carers.",
    sections: [
      agreed(
        "Our shared vision",
        "People will be empowered to direct their care and support, and to receive the care they need in their homes or local community.\n\nGPs will be at the centre of organising and co-ordinating people's care.\n\nOur systems will enable and not hinder the provision of integrated care.",
      ),
      agreed(
        "Co-design with service users and carers",
        "Service users and carers sit beside professionals at every stage of design, not only at consultation.\n\nCo-design takes time and can be challenging, but it builds a common vision grounded in what people need.",
      ),
      agreed(
        "Population segmentation",
        "We group people by their needs, not by the services they use. The first group is people aged over 65.\n\nEach group has its own model of care, its own outcomes and its own budget.",
        [
          agreed(
            "People aged over 65",
            "Most people in this group live with one or more long-term conditions. Many look after a partner or are looked after by one.\n\nCare should be planned with the person, in one care plan that every team can see.",
          ),
          {
            title: "Adults with long-term conditions",
            status: "in_review",
            text: "The second wave of delivery models will cover adults aged 18 to 65 with one or more long-term conditions.",
          },
        ],
      ),
      agreed(
        "Outcomes that matter to people",
        "Outcomes are written with service users and carers, in their own words.\n\nWe measure what matters: being independent, feeling supported, and dying in the place of your choice.",
      ),
      agreed(
        "Models of care",
        "A local delivery model joins up GP practices, community health, mental health, social care and the voluntary sector around a population of at least 50,000 people.\n\nA named care co-ordinator helps each person with complex needs.",
        [
          agreed(
            "Care planning and co-ordination",
            "Every person with complex needs has one care plan that they own. A care co-ordinator keeps it up to date with them.",
          ),
          agreed(
            "Multidisciplinary teams",
            "GPs, community nurses, social workers, therapists and voluntary sector staff meet regularly to plan care together.",
          ),
        ],
      ),
      agreed(
        "Commissioning and contracting",
        "Commissioners agree one outcomes-based contract for the whole population group, instead of many contracts for separate services.",
      ),
      {
        title: "Workforce",
        status: "in_review",
        text: "Staff need new skills to work across organisations. Joint training and shared roles help teams trust each other.",
      },
      agreed(
        "Information and shared records",
        "Professionals need to see the same up-to-date record. People must know how their information is used and be able to say no.",
      ),
      {
        title: "Evaluation and learning",
        status: "draft",
        text: "Each partnership reports its progress and benefits every quarter, so that everyone can learn from what works.",
      },
    ],
  },
  {
    slug: "financial-flows",
    kind: "handbook",
    title: "Financial flows handbook",
    summary:
      "How money can follow the person across organisations in a capitated, outcomes-based model.",
    sections: [
      agreed(
        "Why financial flows matter",
        "Today, money follows activity in separate organisations. Integrated care needs money to follow the person and reward good outcomes.",
      ),
      agreed(
        "Capitated budgets",
        "A capitated budget is a fixed amount per person for a year, covering all the care in scope. It is set from current spend on that population.",
      ),
      {
        title: "Risk and gain share",
        status: "in_review",
        text: "Partners agree in advance how to share any overspend or saving, so nobody gains by pushing costs onto another partner.",
      },
      {
        title: "Outcome-based payments",
        status: "draft",
        text: "Part of the budget is paid only when agreed outcomes are met. Start small: about five per cent is common in the first year.",
      },
    ],
  },
  {
    slug: "governance",
    kind: "handbook",
    title: "Governance handbook",
    summary:
      "How partners make decisions together, and how service users and carers take part in them.",
    sections: [
      agreed(
        "Principles of shared governance",
        "Whole-system governance brings hospitals, GPs, councils and the voluntary sector to one table. Decisions are made once, together.",
      ),
      agreed(
        "Partnership board",
        "Each Early Adopter has a partnership board with members from every partner and at least two service user or carer representatives.",
      ),
      {
        title: "Engaging primary care",
        status: "in_review",
        text: "Engaging general practice in shared governance is a common challenge. Leaders need to invest time in relationships with GPs.",
      },
      {
        title: "Accountability and assurance",
        status: "draft",
        text: "The board reports to each partner's own governing body. Assurance covers quality, safety, money and the voice of service users.",
      },
    ],
  },
  {
    slug: "shared-data",
    kind: "handbook",
    title: "Shared data and information governance handbook",
    summary: "How partners share information safely and lawfully to support joined-up care.",
    sections: [
      agreed(
        "Lawful basis for sharing",
        "Sharing information for direct care is lawful under data protection law when it is necessary and proportionate.",
      ),
      agreed(
        "Data sharing agreements",
        "A single data sharing agreement covers all partners in a partnership, with a named lead for information governance in each.",
      ),
      {
        title: "Linked data for planning",
        status: "in_review",
        text: "Linked, pseudonymised data shows how people move through services, so partners can plan for the whole population.",
      },
      {
        title: "Telling people how their data is used",
        status: "draft",
        text: "Use plain words. Say what is shared, with whom, why, and how to object.",
      },
    ],
  },
];
