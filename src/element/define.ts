// The one module with a side effect: the UMD bundle imports it so that a page whose only script
// is the bundle can use <chrono-line> at once. The ES module build never imports it.
import { defineTimelineElement } from "./define-timeline-element.js";

if (typeof window !== "undefined" && typeof window.customElements !== "undefined") defineTimelineElement();
