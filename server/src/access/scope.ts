import { resolveProvince } from '../domain/provinces';

/**
 * What part of the business a user may act on. Empty lists mean all provinces or all channels
 * (a national role such as the sales director).
 */
export interface Scope {
  provinces: string[];
  channels: string[];
}

/** Regions commonly used for sales territories, so an admin may scope a manager to 华东. */
const REGIONS: Record<string, string[]> = {
  华东: ['310000', '320000', '330000', '340000', '350000', '360000', '370000'],
  华南: ['440000', '450000', '460000'],
  华北: ['110000', '120000', '130000', '140000', '150000'],
  华中: ['410000', '420000', '430000'],
  西南: ['500000', '510000', '520000', '530000', '540000'],
  西北: ['610000', '620000', '630000', '640000', '650000'],
  东北: ['210000', '220000', '230000'],
};

/** Province codes for typed province names, codes or region names; unknown entries are returned. */
export function resolveScopeProvinces(typed: string[]): { provinces: string[]; unknown: string[] } {
  const provinces = new Set<string>();
  const unknown: string[] = [];
  for (const entry of typed.map((text) => text.trim()).filter(Boolean)) {
    const region = REGIONS[entry];
    const province = resolveProvince(entry);
    if (region) region.forEach((code) => provinces.add(code));
    else if (province) provinces.add(province);
    else unknown.push(entry);
  }
  return { provinces: [...provinces].sort(), unknown };
}

/**
 * Whether a scope covers a set of provinces. `touched` empty means the thing applies in every
 * province, which only a national scope covers.
 */
export function coversProvinces(scope: Scope, touched: string[]): boolean {
  if (scope.provinces.length === 0) return true;
  if (touched.length === 0) return false;
  return touched.every((province) => scope.provinces.includes(province));
}

export function coversChannels(scope: Scope, touched: string[]): boolean {
  if (scope.channels.length === 0) return true;
  if (touched.length === 0) return false;
  return touched.every((channel) => scope.channels.includes(channel));
}
