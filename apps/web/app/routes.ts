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
  route("notifications", "routes/notifications.tsx"),
  route("dev/outbox", "routes/dev-outbox.tsx"),
  ...prefix("p/:slug", [
    layout("routes/programme/layout.tsx", [
      index("routes/programme/overview.tsx"),
      route("toolbox", "routes/programme/toolbox.tsx"),
      route("toolbox/:sectionId", "routes/programme/section.tsx"),
      route("toolbox/:sectionId/comments", "routes/programme/section-comments.tsx"),
      route("delivery-models", "routes/programme/delivery-models.tsx"),
      route("academy", "routes/programme/academy.tsx"),
      route("feedback", "routes/programme/feedback.tsx"),
      route("people", "routes/programme/people.tsx"),
      route("admin/members", "routes/programme/admin-members.tsx"),
    ]),
  ]),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
