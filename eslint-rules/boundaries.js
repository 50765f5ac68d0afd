// Lint rules that keep the workspaces' layering: which workspace may import which is in
// eslint.config.js (no-restricted-imports); these two rules cover what a name pattern cannot.
import fs from "node:fs";
import path from "node:path";

/** The directory of the nearest package.json above `file` (its workspace). */
function workspaceOf(file) {
  let dir = path.dirname(file);
  while (dir !== path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "package.json"))) return dir;
    dir = path.dirname(dir);
  }
  return null;
}

function importSources(context, check) {
  const visit = (node) => {
    if (node.source && typeof node.source.value === "string") check(node.source, node.source.value);
  };
  return {
    ImportDeclaration: visit,
    ExportNamedDeclaration: visit,
    ExportAllDeclaration: visit,
    ImportExpression: visit,
  };
}

/** A relative import must stay inside its own workspace: others are reached by package name. */
const stayInWorkspace = {
  meta: {
    type: "problem",
    messages: {
      leaves:
        "'{{source}}' reaches into another workspace. Import it by its package name (and export it there) instead.",
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const home = workspaceOf(file);
    if (!home) return {};
    return importSources(context, (node, source) => {
      if (!source.startsWith(".")) return;
      const target = path.resolve(path.dirname(file), source);
      const relative = path.relative(home, target);
      if (relative.startsWith("..") || path.isAbsolute(relative)) {
        context.report({ node, messageId: "leaves", data: { source } });
      }
    });
  },
};

// A string or template that starts like one of our live-document names, or a template that
// builds one in the middle (`?on=section:${id}`): a kind and a colon just before an expression.
const DOCUMENT_NAME_START = /^(section|session):/;
const DOCUMENT_NAME_BEFORE_EXPRESSION = /(^|[^A-Za-z])(section|session):$/;

/** Live-document names are made and read only in packages/shared/src/document-names.ts. */
const documentNamesInOnePlace = {
  meta: {
    type: "problem",
    messages: {
      handBuilt:
        "Live-document names are made and read only in @coproduce/shared/document-names: use sectionDocumentName, boardDocumentName or parseDocumentName. (What feedback is about: @coproduce/shared/feedback-targets.)",
    },
    schema: [],
  },
  create(context) {
    return {
      Literal(node) {
        if (typeof node.value === "string" && DOCUMENT_NAME_START.test(node.value)) {
          context.report({ node, messageId: "handBuilt" });
        }
      },
      TemplateLiteral(node) {
        const builds = node.quasis.some(
          (quasi, index) =>
            (index === 0 && DOCUMENT_NAME_START.test(quasi.value.cooked ?? "")) ||
            (!quasi.tail && DOCUMENT_NAME_BEFORE_EXPRESSION.test(quasi.value.cooked ?? "")),
        );
        if (builds) context.report({ node, messageId: "handBuilt" });
      },
    };
  },
};

export const boundaries = {
  rules: {
    "stay-in-workspace": stayInWorkspace,
    "document-names-in-one-place": documentNamesInOnePlace,
  },
};
