// For tests of other workspaces that look inside a board: who wrote a note, and the board as
// its rows would be. Not part of the public face.
export { authorTagFor } from "../services/academy/board-access.js";
export { boardFromState } from "../services/academy/board-mirror.js";
