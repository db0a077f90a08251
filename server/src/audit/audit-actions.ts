/**
 * Every audited action and the shape of what it records. One type per action keeps the evidence
 * an auditor reads consistent from one event to the next.
 */
export interface AuditPayloads {
  'master.imported': {
    before: null;
    after: {
      file: string;
      sha256: string;
      counts: Record<string, { created: number; updated: number }>;
    };
  };
  'plan.version.submitted': {
    before: { version: number; sha256: string } | null;
    after: {
      version: number;
      status: string;
      sha256: string;
      sourceFile: string;
      ruleCount: number;
      contentHash: string;
      warnings: number;
    };
  };
  'access.refused': {
    before: null;
    after: { action: string; reason: string };
  };
  'user.added': {
    before: null;
    after: { login: string; roles: string[]; provinces: string[]; channels: string[] };
  };
  'user.disabled': { before: { disabled: boolean }; after: { disabled: boolean } };
  'user.signed-in': { before: null; after: { expiresAt: string } };
  'user.signed-out': { before: null; after: { revoked: number } };
  /** A refused sign-in: `known` says whether the login exists, never which part was wrong. */
  'user.sign-in-refused': { before: null; after: { known: boolean; disabled: boolean } };
  'apikey.created': { before: null; after: { name: string; login: string } };
  'order.confirmed': {
    before: null;
    after: {
      pricingDate: string;
      versions: string[];
      lines: number;
      netAmount: string;
      /** "PLAN@version amount" per reservation, ex-VAT. */
      reserved: string[];
    };
  };
  'order.cancelled': {
    before: { status: string };
    after: { status: string; released: string[] };
  };
  'plan.version.transition': {
    before: { status: string };
    after: { status: string; step?: string; decision?: string; comment?: string };
  };
}

export type AuditAction = keyof AuditPayloads;

export interface AuditEntry<A extends AuditAction = AuditAction> {
  actor: string;
  action: A;
  entityType: string;
  entityId: string;
  before: AuditPayloads[A]['before'];
  after: AuditPayloads[A]['after'];
  reason?: string;
}
