/**
 * The master data a price matrix is laid out on: which products exist, and which combinations of
 * province, channel, grade and tier real hospitals and distributors have. Pure data, so the
 * compliance guards' submit-time check can build it from the same repository reads.
 */
import {
  type Audience,
  type Channel,
  channelForOwnership,
  type Grade,
  type Ownership,
  type Tier,
} from '../domain/codes';

export interface MatrixMaster {
  products: readonly { sku: string; category: string }[];
  hospitals: readonly { code: string; province: string; grade: string; ownership: string }[];
  distributors: readonly { code: string; province: string; tier: string }[];
}

/** Where a cell sits, apart from its SKU. A null dimension is one the cell's line would not set. */
export interface CellPlace {
  audience: Audience;
  province: string;
  channel: Channel | null;
  grade: Grade | null;
  tier: Tier | null;
  /** Set only on cells of rules that name hospitals or distributors. */
  hospital: string | null;
  distributor: string | null;
}

/**
 * The places master data offers an audience: hospital audiences sit where hospitals are (province,
 * channel from ownership, grade); distributor audiences where distributors are (province, tier).
 * Distinct places only: forty 3A public hospitals in 浙江 are one place.
 */
export function basePlaces(master: MatrixMaster, audience: Audience): readonly CellPlace[] {
  // Every rule starts from these: work them out once per master and audience, not per rule.
  const known = BASE_PLACES.get(master) ?? new Map<Audience, CellPlace[]>();
  BASE_PLACES.set(master, known);
  let places = known.get(audience);
  if (!places) {
    places = distinctPlaces(
      audience === 'HOSPITAL'
        ? master.hospitals.map((hospital) => hospitalPlace(audience, hospital, false))
        : master.distributors.map((distributor) => distributorPlace(audience, distributor, false)),
    );
    known.set(audience, places);
  }
  return places;
}

/** Shared between rules, so never mutated: places are copied when a dimension is set. */
const BASE_PLACES = new WeakMap<MatrixMaster, Map<Audience, CellPlace[]>>();

export function hospitalPlace(
  audience: Audience,
  hospital: MatrixMaster['hospitals'][number],
  named: boolean,
): CellPlace {
  return {
    audience,
    province: hospital.province,
    channel: channelForOwnership(hospital.ownership as Ownership),
    grade: hospital.grade as Grade,
    tier: null,
    hospital: named ? hospital.code : null,
    distributor: null,
  };
}

export function distributorPlace(
  audience: Audience,
  distributor: MatrixMaster['distributors'][number],
  named: boolean,
): CellPlace {
  return {
    audience,
    province: distributor.province,
    channel: null,
    grade: null,
    tier: distributor.tier as Tier,
    hospital: null,
    distributor: named ? distributor.code : null,
  };
}

export function placeKey(place: CellPlace): string {
  const { audience, province, channel, grade, tier, hospital, distributor } = place;
  return [audience, province, channel, grade, tier, hospital, distributor].join('|');
}

export function distinctPlaces(places: readonly CellPlace[]): CellPlace[] {
  return [...new Map(places.map((place) => [placeKey(place), place])).values()];
}
