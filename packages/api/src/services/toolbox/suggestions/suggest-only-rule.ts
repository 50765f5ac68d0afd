// The server's check for people who may suggest but not edit (contributors): every change
// their connection sends must leave the text exactly as it was once their own suggestions are
// taken away (see suggestionOnlyRefusal). Their role is read for every change, so a person
// made a contributor while connected is held to the rule from their next keystroke.
import type { CollabUser } from "@coproduce/collab";
import { suggestionOnlyRefusal } from "@coproduce/editor/headless";
import { roleCan } from "../../../permissions.js";
import type { SectionWriterFacts } from "../../../policies/section-writer-facts.js";

export function suggestOnlyRefusal(
  facts: SectionWriterFacts,
  user: CollabUser,
  currentState: () => Uint8Array,
  update: Uint8Array,
): string | null {
  if (!user.userId) return "You can no longer change this section.";
  // The role is null once the section is archived or gone, or the person is no longer a member.
  const { role } = facts;
  if (role && roleCan(role, "toolbox:edit")) return null;
  if (!role || !roleCan(role, "toolbox:suggest")) return "You can no longer change this section.";
  return suggestionOnlyRefusal(currentState(), update, user.userId);
}
