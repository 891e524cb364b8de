// Entry of the UMD bundle (the <script> tag build): every public export, and <chrono-line>
// registered on load. The ES module build starts from index.ts and registers nothing.
export * from "./index.js";
import "./element/define.js";
