// The server's check for people who may suggest but not edit (contributors): every change
// their connection sends must leave the text exactly as it was once their own suggestions are
// taken away (see suggestionOnlyRefusal). Their role is read for every change, so a person
// made a contributor while connected is held to the rule from their next keystroke.
import type { CollabUser } from "@coproduce/collab";
import type { Db, Role } from "@coproduce/db";
import { suggestionOnlyRefusal } from "@coproduce/editor/headless";
import { roleCan } from "../../../permissions.js";

export async function suggestOnlyRefusal(
  db: Db,
  user: CollabUser,
  sectionId: string,
  currentState: () => Uint8Array,
  update: Uint8Array,
): Promise<string | null> {
  if (!user.userId) return "You can no longer change this section.";
  // One statement for every keystroke: the person's membership of the programme whose
  // toolbox holds this section, if the section is still there and not archived.
  const membership = await db.membership.findFirst({
    where: {
      userId: user.userId,
      programme: {
        toolbox: {
          documents: { some: { sections: { some: { id: sectionId, archivedAt: null } } } },
        },
      },
    },
    select: { role: true },
  });
  const role = membership?.role as Role | undefined;
  if (role && roleCan(role, "toolbox:edit")) return null;
  if (!role || !roleCan(role, "toolbox:suggest")) return "You can no longer change this section.";
  return suggestionOnlyRefusal(currentState(), update, user.userId);
}
