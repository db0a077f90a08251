/** The JSON the MedPromo API answers with, as far as the task pane reads it. */

export type Severity = 'BLOCK' | 'WARN' | 'INFO';

export interface Finding {
  sheet: string | null;
  row: number | null;
  column: string | null;
  code: string;
  severity: Severity;
  message: string;
}

export interface SignedIn {
  token: string;
  expiresAt: string;
  user: { login: string; displayName?: string; roles: string[] };
}

export type CellValue = string | number | boolean | null;

/** A sheet's rows as read from Excel; `firstRow` is the Excel row number of rows[0]. */
export interface SheetRows {
  name: string;
  header: string[];
  firstRow: number;
  rows: CellValue[][];
}

export interface ColumnLayout {
  key: string;
  header: string;
  /** The column's header in every language. */
  names: string[];
  kind: 'text' | 'integer' | 'number' | 'money' | 'date';
  list?: string;
  multiple?: boolean;
}

export interface PlanSheetLayout {
  key: string;
  sheet: string;
  /** The sheet's names in every language, any of which is read back. */
  names: string[];
  tableName: string;
  preparedRows: number;
  columns: ColumnLayout[];
}

export interface PlanLayout {
  sheets: PlanSheetLayout[];
  master: { sheet: string; lists: Record<string, string[]> };
}

export interface ValidateResult {
  plans: string[];
  findings: Finding[];
}

export interface VersionRef {
  plan: string;
  version: number;
}

export interface SubmitResult {
  versions: VersionRef[];
  unchanged: VersionRef[];
  findings: Finding[];
}

export interface InboxItem {
  plan: string;
  version: number;
  name: string;
  step: { seq: number; name: string };
  submittedBy: string;
  submittedAt: string;
  budget: string | null;
  maxDiscountPct: string | null;
  warnings: number;
}

export interface FieldChange {
  rule?: string;
  field: string;
  from: unknown;
  to: unknown;
}

export interface PlanDiff {
  added: { ruleCode: string }[];
  removed: { ruleCode: string }[];
  changed: FieldChange[];
  plan: FieldChange[];
}

export interface RouteStep {
  seq: number;
  name: string;
  role: string;
  decision: string | null;
  decidedBy: string | null;
}

export interface VersionDetail {
  plan: string;
  version: number;
  status: string;
  effectiveFrom: string;
  header: { planCode: string; name: string; start: string; end: string; budget?: string | null };
  ruleCount: number;
  submittedBy: string;
  submittedAt: string;
  facts: { budget: string | null; maxDiscountPct: string | null };
  findings: Finding[];
  waitingFor: string | null;
  steps: RouteStep[];
  diffFromPrevious: PlanDiff | null;
}

export interface VersionListItem {
  version: number;
  status: string;
  effectiveFrom: string;
  submittedBy: string;
  submittedAt: string;
}

export interface Decision {
  plan: string;
  version: number;
  status: string;
}

/** One step of the engine's reasoning; the pane shows its code and message. */
export interface TraceEntry {
  [field: string]: unknown;
}

export interface PricedLine {
  orderNo: string;
  lineNo: number;
  sku: string;
  qty: number;
  listUnitPrice: string | null;
  grossAmount: string | null;
  discountAmount: string | null;
  netAmount: string | null;
  netUnitPrice: string | null;
  applied: { plan: string; version: number; rule: string; amount: string }[];
  findings: Finding[];
  trace: TraceEntry[];
}

export interface PriceResult {
  plans: VersionRef[];
  lines: PricedLine[];
}

/** A comparison group whose net price spreads across provinces beyond the tolerance. */
export interface FlaggedGroup {
  audience: string;
  sku: string;
  channel: string | null;
  grade: string | null;
  tier: string | null;
  minProvince: string | null;
  minProvinceName: string | null;
  minNet: string | null;
  maxProvince: string | null;
  maxProvinceName: string | null;
  maxNet: string | null;
  spreadPct: string | null;
}

/** GET .../matrix?summary=true: a version's price impact in a few numbers. */
export interface PriceImpact {
  plan: string;
  version: number;
  date: string;
  tolerancePct: string;
  cells: number;
  inPlan: number;
  averageDiscountPct: string | null;
  deepestDiscountPct: string | null;
  groups: number;
  flaggedGroups: number;
  flagged: FlaggedGroup[];
}
