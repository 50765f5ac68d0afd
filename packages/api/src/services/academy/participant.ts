// Who is taking part in a session: a signed-in member or a guest. Board and vote services take
// a Participant so that both kinds go through the same rules.
export interface Participant {
  /** "user:<id>" or "guest:<id>". */
  key: string;
  name: string;
  userId: string | null;
  guestId: string | null;
  /** Facilitators may change the board even when it is locked. */
  facilitator: boolean;
}

export function memberParticipant(
  user: { id: string; name: string },
  facilitator: boolean,
): Participant {
  return { key: `user:${user.id}`, name: user.name, userId: user.id, guestId: null, facilitator };
}

export function guestParticipant(guest: { id: string; displayName: string }): Participant {
  return {
    key: `guest:${guest.id}`,
    name: guest.displayName,
    userId: null,
    guestId: guest.id,
    facilitator: false,
  };
}
