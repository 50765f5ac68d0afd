// Gives the demo programme its first published release, so the public Toolbox has something to
// read from the first start. Runs after the demo seed; does nothing once any release exists.
import { createDb, resolveDatabaseUrl } from "@coproduce/db";
import { DEMO_PROGRAMME_SLUG } from "@coproduce/db/seed";
import { publishRelease } from "../src/services/publishing/publish-release.js";

const db = await createDb(resolveDatabaseUrl());
try {
  const toolbox = await db.toolbox.findFirst({
    where: { programme: { slug: DEMO_PROGRAMME_SLUG }, releases: { none: {} } },
    select: { id: true },
  });
  const admin = await db.user.findUnique({ where: { email: "admin@example.org" } });
  if (toolbox && admin) {
    const release = await publishRelease(db, {
      toolboxId: toolbox.id,
      version: "1.0",
      notes:
        "The first public release of the Integrated Care Toolkit and its handbooks: the sections the programme has agreed so far.",
      publishedById: admin.id,
    });
    console.log(`Published demo release ${release.version} (${release._count.sections} sections).`);
  }
} finally {
  await db.$disconnect();
}
