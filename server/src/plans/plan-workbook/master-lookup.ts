import { normalizeText } from '../../domain/codes';

/** The master data a plan workbook is checked against. */
export interface PlanMasterData {
  skus: Set<string>;
  categories: Set<string>;
  distributors: Set<string>;
  hospitals: Set<string>;
  /** Codes of plans already stored, which a new plan may name as its parent. */
  plans?: Set<string>;
}

/**
 * Master codes looked up as planners type them: NFKC, trimmed, any case. The answer is the code
 * as the master data spells it, so a rule stores one spelling whatever was typed.
 */
export class CodeLookup {
  private readonly byKey = new Map<string, string>();

  constructor(codes: Iterable<string>) {
    for (const code of codes) this.byKey.set(lookupKey(code), code);
  }

  find(typed: string): string | undefined {
    return this.byKey.get(lookupKey(typed));
  }
}

function lookupKey(text: string): string {
  return normalizeText(text).toUpperCase();
}

export interface MasterLookups {
  skus: CodeLookup;
  categories: CodeLookup;
  distributors: CodeLookup;
  hospitals: CodeLookup;
}

export function masterLookups(master: PlanMasterData): MasterLookups {
  return {
    skus: new CodeLookup(master.skus),
    categories: new CodeLookup(master.categories),
    distributors: new CodeLookup(master.distributors),
    hospitals: new CodeLookup(master.hospitals),
  };
}
