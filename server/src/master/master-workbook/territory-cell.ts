import { resolveProvince } from '../../domain/provinces';
import { readRequiredList } from './list-cell';
import type { Territory } from './master-data';
import type { References } from './references';
import type { RowReader } from './row-reader';

/**
 * A territory cell: each item a province (code, name or abbreviation), a hospital code, or a city
 * as the hospitals name it. Items that are none of these are one finding naming them all.
 */
export function readTerritory(
  reader: RowReader,
  key: string,
  references: References,
): Territory | null {
  const territory: Territory = { provinces: [], cities: [], hospitals: [] };
  const unknown: string[] = [];
  for (const item of readRequiredList(reader, key)) {
    const province = resolveProvince(item);
    if (province !== undefined) territory.provinces.push(province);
    else if (references.hospitals.has(item)) territory.hospitals.push(item);
    else if (references.cities.has(item)) territory.cities.push(item);
    else unknown.push(item);
  }
  if (unknown.length > 0) {
    const message = `${unknown.join(', ')} ${unknown.length > 1 ? 'are' : 'is'} no province, hospital code or city of the hospitals: type a province (浙江 or 330000), a hospital code, or a city a hospital is in.`;
    reader.report(key, 'UNKNOWN_TERRITORY', message);
    return null;
  }
  return territory;
}
