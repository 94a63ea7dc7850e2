/** What the parser finds in a plan document, before ids and curated facts are added. */
import type { StatusOutcome } from "../../graph/model.js";

/** Every parsed element remembers where it came from. */
export interface Located {
  /** 1-based line in the plan file where the element starts. */
  line: number;
  /** Heading path, e.g. "IT-afdelingen > 3. Hovedmål ... > E. Digitaliseringsstrategi". */
  section: string;
}

export interface ParsedTheme extends Located {
  year: number;
  ordinal: number;
  name: string;
  text: string;
}

export interface ParsedInitiative extends Located {
  ordinal: number;
  text: string;
}

export interface ParsedGoal extends Located {
  letter: string;
  title: string;
  /** The heading as written, e.g. "E. Digitaliseringsstrategi." */
  heading: string;
  mainGoal: string;
  strategy: string;
  initiatives: ParsedInitiative[];
}

export interface ParsedStatusItem extends Located {
  ordinal: number;
  /** Heading of a lettered status group ("B. Implementering af OPUS"), when the item is one. */
  title: string | null;
  year: number;
  text: string;
  outcome: StatusOutcome;
  outcomeText: string;
}

export interface ParsedDepartment extends Located {
  name: string;
  /** The heading as written, e.g. "IT-afdelingens virksomhedsplan 2009". */
  heading: string;
  vision: string;
  mainTasks: string[];
  resources: string;
  staff: number | null;
  salaryBudget: string | null;
  statusItems: ParsedStatusItem[];
  goals: ParsedGoal[];
}

export interface ParsedPlan {
  planId: string;
  file: string;
  /** Title as written, e.g. "Økonomisk Forvaltnings virksomhedsplan 2009". */
  title: string;
  administration: string;
  year: number;
  intro: string;
  themes: ParsedTheme[];
  departments: ParsedDepartment[];
  /** The section path in force at a plan line (for locating evidence). */
  sectionAt(line: number): string;
}
