/** The roles of SPEC §1 and §8. A user may hold several. */
export const ROLES = ['planner', 'manager', 'compliance', 'finance', 'auditor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(text: string): text is Role {
  return (ROLES as readonly string[]).includes(text);
}
