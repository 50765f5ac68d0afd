import { type RouteConfig, index, layout, prefix, route } from "@react-router/dev/routes";

export default [
  index("routes/home.tsx"),
  route("sign-in", "routes/sign-in.tsx"),
  route("sign-up", "routes/sign-up.tsx"),
  route("sign-out", "routes/sign-out.tsx"),
  route("forgot-password", "routes/forgot-password.tsx"),
  route("reset-password/:token", "routes/reset-password.tsx"),
  route("invite/:token", "routes/invite.tsx"),
  route("account", "routes/account.tsx"),
  route("dev/outbox", "routes/dev-outbox.tsx"),
  ...prefix("p/:slug", [
    layout("routes/programme/layout.tsx", [
      index("routes/programme/overview.tsx"),
      route("toolbox", "routes/programme/toolbox.tsx"),
      route("toolbox/:sectionId", "routes/programme/section.tsx"),
      route("delivery-models/export/:kind", "routes/programme/delivery/export.tsx"),
      layout("routes/programme/delivery/layout.tsx", [
        route("delivery-models", "routes/programme/delivery-models.tsx"),
        route("delivery-models/matrix", "routes/programme/delivery/matrix.tsx"),
        route("delivery-models/milestones", "routes/programme/delivery/milestones.tsx"),
        route("delivery-models/benefits", "routes/programme/delivery/benefits.tsx"),
        route("delivery-models/readiness", "routes/programme/delivery/readiness.tsx"),
        route("delivery-models/data", "routes/programme/delivery/data.tsx"),
        route("delivery-models/:partnershipId", "routes/programme/delivery/partnership.tsx"),
        route(
          "delivery-models/:partnershipId/readiness",
          "routes/programme/delivery/assessment.tsx",
        ),
      ]),
      route("academy", "routes/programme/academy.tsx"),
      route("feedback", "routes/programme/feedback.tsx"),
      route("people", "routes/programme/people.tsx"),
      route("admin/members", "routes/programme/admin-members.tsx"),
    ]),
  ]),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
