import { useState } from 'react';

/**
 * Where the pane is. A plain state machine, not the History API: office.js replaces
 * history.pushState and replaceState with no-ops in Excel.
 */
export type Route =
  | { name: 'signIn' }
  | { name: 'planner' }
  | { name: 'inbox' }
  | { name: 'version'; plan: string; version: number };

export function useRouter(): [Route, (route: Route) => void] {
  return useState<Route>({ name: 'signIn' });
}

/** Planners draft; every other role decides. */
export function homeOf(roles: string[]): Route {
  return roles.includes('planner') ? { name: 'planner' } : { name: 'inbox' };
}
