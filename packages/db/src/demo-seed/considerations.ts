// The 12 practical considerations for designing and building an integrated model of care
// (seed 000: Sloan, Want and Kilgannon, International Journal of Integrated Care, 2019).
export const PRACTICAL_CONSIDERATIONS = [
  [
    "purpose-and-vision",
    "Purpose and vision",
    "Agree a shared purpose and vision that every partner can explain in plain words.",
  ],
  [
    "population-needs",
    "Population needs",
    "Start from the needs of the people the model serves, using joined-up data.",
  ],
  [
    "population-and-people-represented",
    "Population and people represented",
    "Make sure the people the model serves, and their carers, help design it.",
  ],
  [
    "system-visible-to-itself",
    "System visible to itself",
    "Help every partner see the whole system: who does what, and how it connects.",
  ],
  [
    "support-system-leaders",
    "Support system leaders",
    "Give leaders the time and support to lead across organisational boundaries.",
  ],
  [
    "clear-plan",
    "Clear plan",
    "Have a clear, realistic plan with milestones, and manage expectations when it slips.",
  ],
  [
    "system-resource",
    "System resource",
    "Pool money, people and time across the system to support the change.",
  ],
  [
    "governance",
    "Governance",
    "Set up shared governance that lets partners make decisions together.",
  ],
  [
    "technical-experts",
    "Technical experts",
    "Bring in expertise on finance, contracts, data and information governance early.",
  ],
  [
    "programme-director",
    "Programme director",
    "Appoint a programme director who can hold the work together across partners.",
  ],
  [
    "build-on-existing-teams",
    "Build on existing teams",
    "Build on teams and relationships that already work well locally.",
  ],
  [
    "proof-of-concept",
    "Proof of concept",
    "Test the model on a small scale and learn before rolling it out.",
  ],
].map(([key, title, description], index) => ({
  number: index + 1,
  key: key!,
  title: title!,
  description: description!,
}));
