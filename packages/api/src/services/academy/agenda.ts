// The agenda: start times follow from the durations before each activity, and templates give
// a planner a sensible first draft.
import type { ActivityKind } from "@coproduce/db";

export interface TimedActivity {
  durationMinutes: number;
}

/** Each activity's start, from the session start plus the durations before it. */
export function activityStartTimes(startsAt: Date, activities: readonly TimedActivity[]): Date[] {
  const starts: Date[] = [];
  let minutes = 0;
  for (const activity of activities) {
    starts.push(new Date(startsAt.getTime() + minutes * 60_000));
    minutes += activity.durationMinutes;
  }
  return starts;
}

export interface TemplateActivity {
  kind: ActivityKind;
  title: string;
  durationMinutes: number;
  goals: string;
  instructions: string;
}

export const SESSION_TEMPLATES = {
  blank: { label: "Blank agenda", activities: [] as TemplateActivity[] },
  ideas: {
    label: "Ideas workshop",
    activities: [
      {
        kind: "presentation",
        title: "Welcome and purpose",
        durationMinutes: 10,
        goals: "Everyone knows why we are here.",
        instructions: "Introduce the facilitators and the ground rules.",
      },
      {
        kind: "ideas_board",
        title: "Ideas",
        durationMinutes: 20,
        goals: "Collect as many ideas as we can.",
        instructions: "Write one idea per note.",
      },
      {
        kind: "dot_vote",
        title: "Vote",
        durationMinutes: 10,
        goals: "See which ideas matter most.",
        instructions: "Put your dots on the ideas you would try first.",
      },
      {
        kind: "feedback",
        title: "Close",
        durationMinutes: 5,
        goals: "Agree next steps.",
        instructions: "Ask for feedback on the session.",
      },
    ] as TemplateActivity[],
  },
  ebcd: {
    label: "Experience-based co-design (EBCD) group",
    activities: [
      {
        kind: "presentation",
        title: "Welcome and ground rules",
        durationMinutes: 10,
        goals: "Staff, patients and carers meet as equals.",
        instructions: "Agree how we listen to one another.",
      },
      {
        kind: "presentation",
        title: "Trigger film of patient experiences",
        durationMinutes: 20,
        goals: "Hear the care pathway through patients' and carers' eyes.",
        instructions: "Play the film; pause for reactions.",
      },
      {
        kind: "discussion",
        title: "Emotional touchpoints",
        durationMinutes: 25,
        goals: "Name the moments that felt good or bad.",
        instructions: "Mixed groups of staff, patients and carers.",
      },
      { kind: "break", title: "Break", durationMinutes: 15, goals: "", instructions: "" },
      {
        kind: "ideas_board",
        title: "Improvement ideas",
        durationMinutes: 25,
        goals: "Ideas for each touchpoint.",
        instructions: "One idea per note; group them by touchpoint.",
      },
      {
        kind: "dot_vote",
        title: "Choose priorities",
        durationMinutes: 10,
        goals: "Agree the shared priorities for co-design groups.",
        instructions: "Each person has the same number of dots.",
      },
      {
        kind: "feedback",
        title: "Next steps and feedback",
        durationMinutes: 10,
        goals: "Form co-design groups for the priorities.",
        instructions: "Invite volunteers for each group.",
      },
    ] as TemplateActivity[],
  },
} as const;

export type SessionTemplateKey = keyof typeof SESSION_TEMPLATES;
export const SESSION_TEMPLATE_KEYS = Object.keys(SESSION_TEMPLATES) as SessionTemplateKey[];
