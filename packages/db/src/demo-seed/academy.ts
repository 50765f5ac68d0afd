// Demo Change Academy: one past EBCD workshop with its board, votes, outputs and evaluations,
// and one upcoming session. Fixed dates and codes, so the demo is the same every time.
import type { Prisma } from "../generated/client.js";

type Tx = Prisma.TransactionClient;

const EBCD_AGENDA = [
  { kind: "presentation", title: "Welcome and ground rules", durationMinutes: 10 },
  { kind: "presentation", title: "Trigger film of patient experiences", durationMinutes: 20 },
  { kind: "discussion", title: "Emotional touchpoints", durationMinutes: 25 },
  { kind: "break", title: "Break", durationMinutes: 15 },
  { kind: "ideas_board", title: "Improvement ideas", durationMinutes: 25 },
  { kind: "dot_vote", title: "Choose priorities", durationMinutes: 10 },
  { kind: "feedback", title: "Next steps and feedback", durationMinutes: 10 },
];

export async function seedAcademy(tx: Tx, programmeId: string, createdById: string) {
  const groups = new Map(
    (await tx.stakeholderGroup.findMany()).map((group) => [group.key, group.id]),
  );
  const startsAt = new Date("2026-10-14T10:00:00Z");
  let minutes = 0;
  const past = await tx.academySession.create({
    data: {
      programmeId,
      createdById,
      title: "Coming home from hospital: EBCD workshop",
      purpose:
        "Patients, carers and staff share what leaving hospital felt like and choose what to improve first.",
      startsAt,
      endsAt: new Date("2026-10-14T12:00:00Z"),
      place: "Riverside Community Centre, Hall 2",
      facilitators: "Tom Okafor",
      invited: "Discharge team, community nursing, Riverside Carers' Network",
      capacity: 30,
      joinCode: "HKM4TQ",
      currentActivityIndex: EBCD_AGENDA.length - 1,
      endedAt: new Date("2026-10-14T12:05:00Z"),
      activities: {
        create: EBCD_AGENDA.map((activity, position) => {
          const startedAt = new Date(startsAt.getTime() + minutes * 60_000);
          minutes += activity.durationMinutes;
          return { ...activity, position, startedAt };
        }),
      },
    },
  });
  const attendees: [string, string][] = [
    ["Tom Okafor", "manager"],
    ["Dr Helen Price", "clinician"],
    ["Maureen (guest)", "carer"],
    ["Dev (guest)", "service_user"],
    ["Ayo (guest)", "service_user"],
  ];
  for (const [name, group] of attendees) {
    await tx.academyAttendance.create({
      data: { sessionId: past.id, name, stakeholderGroupId: groups.get(group) ?? null },
    });
  }
  const cluster = await tx.academyCluster.create({
    data: { sessionId: past.id, title: "Before leaving the ward" },
  });
  const notes = [];
  for (const [text, colour, inCluster] of [
    ["Tell carers the discharge date two days ahead", "yellow", true],
    ["One phone number for the first week at home", "pink", false],
    ["Medicines explained before the taxi arrives", "blue", true],
  ] as const) {
    notes.push(
      await tx.academyNote.create({
        data: {
          sessionId: past.id,
          text,
          colour,
          authorName: "Guest",
          clusterId: inCluster ? cluster.id : null,
        },
      }),
    );
  }
  const round = await tx.academyVoteRound.create({
    data: {
      sessionId: past.id,
      budget: 3,
      closedAt: new Date("2026-10-14T11:50:00Z"),
      revealedAt: new Date("2026-10-14T11:50:00Z"),
    },
  });
  for (const [noteIndex, votes] of [
    [0, 5],
    [1, 4],
    [2, 2],
  ] as const) {
    for (let i = 0; i < votes; i++) {
      await tx.academyVote.create({
        data: {
          roundId: round.id,
          noteId: notes[noteIndex]!.id,
          voterKey: `demo:${noteIndex}:${i}`,
          voterName: "Demo",
        },
      });
    }
  }
  const workforce = await tx.section.findFirst({
    where: { title: "Workforce", document: { toolbox: { programmeId } } },
  });
  const partnership = await tx.partnership.findFirst({
    where: { programmeId },
    orderBy: { name: "asc" },
  });
  await tx.academyOutput.createMany({
    data: [
      {
        sessionId: past.id,
        kind: "action",
        title: "Ring carers two days before discharge",
        noteId: notes[0]!.id,
        ownerName: "Discharge team lead",
        dueDate: new Date("2026-12-01T00:00:00Z"),
        sectionId: workforce?.id ?? null,
      },
      {
        sessionId: past.id,
        kind: "decision",
        title: "Pilot one phone number for the first week at home",
        noteId: notes[1]!.id,
        partnershipId: partnership?.id ?? null,
      },
      {
        sessionId: past.id,
        kind: "idea",
        title: "Before leaving the ward: a checklist written with carers",
        clusterId: cluster.id,
      },
    ],
  });
  await tx.academyEvaluation.createMany({
    data: [
      { sessionId: past.id, voterKey: "demo:1", rating: 5, comment: "I felt listened to." },
      { sessionId: past.id, voterKey: "demo:2", rating: 4, comment: "" },
    ],
  });

  await tx.academySession.create({
    data: {
      programmeId,
      createdById,
      title: "Care at home: ideas workshop",
      purpose: "Ideas for joining up home care visits with community nursing.",
      startsAt: new Date("2027-06-15T13:00:00Z"),
      endsAt: new Date("2027-06-15T15:00:00Z"),
      place: "Online",
      onlineLink: "https://meet.example.org/care-at-home",
      facilitators: "Tom Okafor, Amira Shah",
      invited: "Home care providers, community nursing, service users and carers",
      capacity: 40,
      joinCode: "MVP7CX",
      activities: {
        create: EBCD_AGENDA.slice(0, 3).map((activity, position) => ({ ...activity, position })),
      },
    },
  });
}
