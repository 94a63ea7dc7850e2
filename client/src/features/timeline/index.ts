export { TimelineView } from "./components/timeline-view";
export { WhatIfPanel } from "./components/what-if-panel";
export { StatusThread } from "./components/status-thread";
