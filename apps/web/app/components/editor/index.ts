export { SectionEditor } from "./SectionEditor";
