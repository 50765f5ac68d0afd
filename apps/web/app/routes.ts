import { type RouteConfig, index, layout, prefix, route } from "@react-router/dev/routes";

/**
 * Pages moved into domain folders keep the route id their old path gave them, so nothing that
 * names a route (single-fetch data, an open tab's manifest) changes with the move.
 */
function kept(file: string) {
  return { id: `routes/programme/${file}` };
}

export default [
  index("routes/home.tsx"),
  route("sign-in", "routes/sign-in.tsx"),
  route("sign-up", "routes/sign-up.tsx"),
  route("sign-out", "routes/sign-out.tsx"),
  route("forgot-password", "routes/forgot-password.tsx"),
  route("reset-password/:token", "routes/reset-password.tsx"),
  route("invite/:token", "routes/invite.tsx"),
  route("account", "routes/account.tsx"),
  route("notifications", "routes/notifications.tsx"),
  route("dev/outbox", "routes/dev-outbox.tsx"),
  // The published Toolbox: anyone may read it, no account needed.
  ...prefix("toolbox", [
    index("routes/public/toolbox-index.tsx"),
    route(":slug", "routes/public/toolbox-release.tsx", { id: "public-toolbox-latest" }),
    route(":slug/sections/:sectionId", "routes/public/toolbox-section.tsx", {
      id: "public-section-latest",
    }),
    route(":slug/releases/:version", "routes/public/toolbox-release.tsx", {
      id: "public-toolbox-release",
    }),
    route(":slug/releases/:version/sections/:sectionId", "routes/public/toolbox-section.tsx", {
      id: "public-section-release",
    }),
    route(":slug/releases/:version/download/:file", "routes/public/toolbox-download.tsx"),
    route(":slug/local/:variantId", "routes/public/toolbox-local-version.tsx"),
  ]),
  // Feedback from anyone, no account needed, and the public "you said, we did" page.
  ...prefix("feedback", [
    route("track/:token", "routes/public/feedback-track.tsx"),
    route(":slug", "routes/public/feedback-published.tsx"),
    route(":slug/give", "routes/public/feedback-give.tsx"),
    route(":slug/easy-read", "routes/public/feedback-easy-read.tsx"),
  ]),
  // Change Academy guests: enter a code, then join one session without an account.
  route("join", "routes/public/join.tsx"),
  route("join/:code", "routes/public/join-session.tsx"),
  route("join/:code/live", "routes/public/join-live.tsx"),
  ...prefix("p/:slug", [
    // Data only (no page): the people the comment @ picker offers.
    route("people/mentionable", "routes/programme/mentionable.ts"),
    layout("routes/programme/layout.tsx", [
      index("routes/programme/overview.tsx"),
      route("toolbox", "routes/programme/toolbox/toolbox.tsx", kept("toolbox")),
      route("toolbox/releases", "routes/programme/toolbox/releases.tsx", kept("releases")),
      route(
        "toolbox/releases/:version/who-shaped",
        "routes/programme/toolbox/release-co-production.tsx",
        kept("release-co-production"),
      ),
      route("toolbox/:sectionId", "routes/programme/toolbox/section.tsx", kept("section")),
      route(
        "toolbox/:sectionId/versions",
        "routes/programme/toolbox/section-versions.tsx",
        kept("section-versions"),
      ),
      route(
        "toolbox/:sectionId/compare",
        "routes/programme/toolbox/section-compare.tsx",
        kept("section-compare"),
      ),
      route("search", "routes/programme/search.tsx"),
      route(
        "local-versions/:variantId",
        "routes/programme/toolbox/local-version.tsx",
        kept("local-version"),
      ),
      route(
        "toolbox/:sectionId/comments",
        "routes/programme/toolbox/section-comments.tsx",
        kept("section-comments"),
      ),
      route(
        "toolbox/:sectionId/suggestions",
        "routes/programme/toolbox/section-suggestions.tsx",
        kept("section-suggestions"),
      ),
      route("delivery-models/export/:kind", "routes/programme/delivery/export.tsx"),
      route("delivery-models/template/:kind", "routes/programme/delivery/template.tsx"),
      route(
        "decisions/export",
        "routes/programme/governance/decisions-export.tsx",
        kept("decisions-export"),
      ),
      layout("routes/programme/delivery/layout.tsx", [
        route(
          "delivery-models",
          "routes/programme/delivery/delivery-models.tsx",
          kept("delivery-models"),
        ),
        route("delivery-models/matrix", "routes/programme/delivery/matrix.tsx"),
        route("delivery-models/milestones", "routes/programme/delivery/milestones.tsx"),
        route("delivery-models/benefits", "routes/programme/delivery/benefits.tsx"),
        route("delivery-models/readiness", "routes/programme/delivery/readiness.tsx"),
        route("delivery-models/data", "routes/programme/delivery/data.tsx"),
        route("delivery-models/places", "routes/programme/delivery/places.tsx"),
        route("delivery-models/:partnershipId", "routes/programme/delivery/partnership.tsx"),
        route(
          "delivery-models/:partnershipId/readiness",
          "routes/programme/delivery/assessment.tsx",
        ),
      ]),
      route("academy", "routes/programme/academy/academy.tsx", kept("academy")),
      route(
        "academy/:sessionId",
        "routes/programme/academy/academy-session.tsx",
        kept("academy-session"),
      ),
      route(
        "academy/:sessionId/live",
        "routes/programme/academy/academy-live.tsx",
        kept("academy-live"),
      ),
      route(
        "academy/:sessionId/record",
        "routes/programme/academy/academy-record.tsx",
        kept("academy-record"),
      ),
      route(
        "academy/:sessionId/export/:file",
        "routes/programme/academy/academy-export.tsx",
        kept("academy-export"),
      ),
      route("feedback", "routes/programme/feedback/feedback.tsx", kept("feedback")),
      route(
        "feedback/:feedbackId",
        "routes/programme/feedback/feedback-item.tsx",
        kept("feedback-item"),
      ),
      route("representation", "routes/programme/representation.tsx"),
      route("people", "routes/programme/people.tsx"),
      route("decisions", "routes/programme/governance/decisions.tsx", kept("decisions")),
      route("admin/members", "routes/programme/admin-members.tsx"),
    ]),
  ]),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
