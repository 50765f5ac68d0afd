// A release as a Word document (DOCX) made with the docx library: the document and section
// titles become real Word headings (so the navigation pane and screen readers see them), and each
// section's safe HTML is walked into paragraphs, lists, quotes and tables.
import {
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from "docx";
import { parseDocument } from "htmlparser2";
import type { ChildNode, Element } from "domhandler";
import { isSafeLinkUrl } from "@coproduce/editor";
import {
  cleanExport,
  groupByDocument,
  releaseDateText,
  type ExportRelease,
  type ExportSection,
} from "./release-export-data.js";

type Block = Paragraph | Table;
interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  strike?: boolean;
}

const SECTION_HEADINGS = [HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];
const NUMBERED = "numbered-list";

const isTag = (node: ChildNode): node is Element => node.type === "tag";

function runsOf(nodes: ChildNode[], style: RunStyle = {}): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  for (const node of nodes) {
    if (node.type === "text") {
      runs.push(
        new TextRun({ text: node.data, ...style, underline: style.underline ? {} : undefined }),
      );
    } else if (isTag(node)) {
      const name = node.name;
      if (name === "br") runs.push(new TextRun({ text: "", break: 1 }));
      else if (name === "strong" || name === "b")
        runs.push(...runsOf(node.children, { ...style, bold: true }));
      else if (name === "em" || name === "i")
        runs.push(...runsOf(node.children, { ...style, italics: true }));
      else if (name === "u") runs.push(...runsOf(node.children, { ...style, underline: true }));
      else if (name === "s") runs.push(...runsOf(node.children, { ...style, strike: true }));
      else if (name === "a" && node.attribs.href && isSafeLinkUrl(node.attribs.href)) {
        runs.push(
          new ExternalHyperlink({
            link: node.attribs.href,
            children: runsOf(node.children, style),
          }),
        );
      } else runs.push(...runsOf(node.children, style));
    }
  }
  return runs;
}

function listBlocks(list: Element, level: number): Block[] {
  const numbered = list.name === "ol";
  const blocks: Block[] = [];
  for (const item of list.children.filter(isTag)) {
    const nested = item.children.filter(
      (c): c is Element => isTag(c) && (c.name === "ul" || c.name === "ol"),
    );
    const inline = item.children.filter((c) => !nested.includes(c as Element));
    if (inline.some((c) => c.type === "text" || isTag(c))) {
      blocks.push(
        new Paragraph({
          children: runsOf(inline),
          ...(numbered ? { numbering: { reference: NUMBERED, level } } : { bullet: { level } }),
        }),
      );
    }
    for (const child of nested) blocks.push(...listBlocks(child, Math.min(level + 1, 8)));
  }
  return blocks;
}

/**
 * A Word table, or null when the HTML table has no cells: docx cannot build a table without
 * rows or a row without cells (it failed with "Invalid array length"), and Word wants every
 * row as wide as the widest, so short rows are padded with empty cells.
 */
function tableBlock(table: Element): Table | null {
  const rows: Element[][] = [];
  const collect = (node: Element) => {
    for (const child of node.children.filter(isTag)) {
      if (child.name === "tr") {
        const cells = child.children.filter(
          (cell): cell is Element => isTag(cell) && (cell.name === "td" || cell.name === "th"),
        );
        if (cells.length > 0) rows.push(cells);
      } else collect(child);
    }
  };
  collect(table);
  if (rows.length === 0) return null;
  const columns = Math.max(...rows.map((cells) => cells.length));
  const cell = (children: ChildNode[], header: boolean) =>
    new TableCell({ children: [new Paragraph({ children: runsOf(children, { bold: header }) })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (cells) =>
        new TableRow({
          children: Array.from({ length: columns }, (_, i) => {
            const html = cells[i];
            return html ? cell(html.children, html.name === "th") : cell([], false);
          }),
        }),
    ),
  });
}

/** Word blocks for one section's HTML (only the tags our renderer produces are expected). */
export function htmlToBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  const walk = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === "text") {
        if (node.data.trim()) blocks.push(new Paragraph({ children: runsOf([node]) }));
        continue;
      }
      if (!isTag(node)) continue;
      switch (node.name) {
        case "h2":
          blocks.push(
            new Paragraph({ heading: HeadingLevel.HEADING_5, children: runsOf(node.children) }),
          );
          break;
        case "h3":
          blocks.push(
            new Paragraph({ heading: HeadingLevel.HEADING_6, children: runsOf(node.children) }),
          );
          break;
        case "p":
          blocks.push(new Paragraph({ children: runsOf(node.children) }));
          break;
        case "blockquote":
          blocks.push(new Paragraph({ style: "Quote", children: runsOf(node.children) }));
          break;
        case "ul":
        case "ol":
          blocks.push(...listBlocks(node, 0));
          break;
        case "table": {
          const table = tableBlock(node);
          if (table) blocks.push(table);
          break;
        }
        case "pre":
          blocks.push(new Paragraph({ children: runsOf(node.children) }));
          break;
        case "hr":
          blocks.push(new Paragraph({ thematicBreak: true, children: [] }));
          break;
        default:
          walk(node.children);
      }
    }
  };
  walk(parseDocument(html).children);
  return blocks;
}

function sectionBlocks(section: ExportSection): Block[] {
  const heading = SECTION_HEADINGS[Math.min(section.depth, SECTION_HEADINGS.length - 1)];
  return [
    new Paragraph({ heading, children: [new TextRun(section.title)] }),
    ...htmlToBlocks(section.html),
  ];
}

export async function releaseToDocx(
  unclean: ExportRelease,
  uncleanSections: ExportSection[],
): Promise<Buffer> {
  const { release, sections } = cleanExport(unclean, uncleanSections);
  const children: Block[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(release.toolbox.title)] }),
    new Paragraph({
      children: [
        new TextRun(
          `${release.toolbox.programme.name}. Release ${release.version}, published ${releaseDateText(release.publishedAt)}.`,
        ),
      ],
    }),
  ];
  for (const paragraph of release.notes.split(/\n{2,}/).filter((p) => p.trim())) {
    children.push(new Paragraph({ children: [new TextRun(paragraph)] }));
  }
  for (const document of groupByDocument(sections)) {
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(document.title)] }),
    );
    for (const section of document.sections) children.push(...sectionBlocks(section));
  }
  const doc = new Document({
    title: `${release.toolbox.title} – release ${release.version}`,
    creator: "Coproduce",
    numbering: {
      config: [
        {
          reference: NUMBERED,
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
