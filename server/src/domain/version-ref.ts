import { BadRequestError } from '../errors';

export interface VersionRefText {
  planCode: string;
  version: number;
}

/** "Q4-2026@2" → { planCode: 'Q4-2026', version: 2 }; anything else is a clear usage error. */
export function parseVersionRef(text: string): VersionRefText {
  const match = /^(.+)@(\d+)$/.exec(text.trim());
  if (!match || Number(match[2]) < 1)
    throw new BadRequestError(
      `"${text}" is not a plan version; write it as CODE@VERSION, e.g. Q4-2026@2.`,
    );
  return { planCode: match[1].trim(), version: Number(match[2]) };
}
