/**
 * Where one rule's filters land on the master data: the distinct places (province, channel,
 * grade, tier, and named hospital or distributor) a line the rule could reach would have, and the
 * SKUs it could reach. Used by the plan-cell enumeration; pure.
 */
import { type Channel, type Grade, type Tier } from '../domain/codes';
import type { RuleSpec } from '../domain/plan';
import {
  basePlaces,
  type CellPlace,
  distinctPlaces,
  distributorPlace,
  hospitalPlace,
  type MatrixMaster,
} from './matrix-master';

/** The filter part of a rule: rules with equal filters reach the same cells. */
export type RuleFilterFields = Pick<
  RuleSpec,
  | 'audience'
  | 'mechanic'
  | 'skus'
  | 'categories'
  | 'bundleSkus'
  | 'provinces'
  | 'channels'
  | 'grades'
  | 'tiers'
  | 'distributors'
  | 'hospitals'
>;

/** Channels a hospital's ownership gives; the others only exist on lines that name a channel. */
const HOSPITAL_CHANNELS: ReadonlySet<Channel> = new Set(['PUBLIC_HOSPITAL', 'PRIVATE_HOSPITAL']);

export function filterSignature(rule: RuleFilterFields): string {
  const bundle = rule.mechanic === 'BUNDLE' ? rule.bundleSkus : [];
  const { audience, skus, categories, provinces, channels, grades, tiers } = rule;
  const lists = [skus, categories, bundle, provinces, channels, grades, tiers];
  return JSON.stringify([audience, ...lists, rule.distributors, rule.hospitals].map(sortedIf));
}

function sortedIf(value: string | readonly string[]): string | string[] {
  return typeof value === 'string' ? value : [...value].sort();
}

/** The products a rule names (SKUs and categories; none = all), within a bundle's SKUs. */
export function ruleProducts(
  rule: RuleFilterFields,
  master: MatrixMaster,
): MatrixMaster['products'] {
  const skus = new Set(rule.skus);
  const categories = new Set(rule.categories);
  const named = skus.size > 0 || categories.size > 0;
  const bundle = rule.mechanic === 'BUNDLE' && rule.bundleSkus.length > 0;
  const inBundle = new Set(rule.bundleSkus);
  return master.products.filter(
    (product) =>
      (!named || skus.has(product.sku) || categories.has(product.category)) &&
      (!bundle || inBundle.has(product.sku)),
  );
}

/** The distinct places a rule's lines could have, given the hospitals and distributors known. */
export function rulePlaces(rule: RuleFilterFields, master: MatrixMaster): CellPlace[] {
  const expanded = startPlaces(rule, master).flatMap((place) => expandOverrides(place, rule));
  return distinctPlaces(expanded.filter((place) => matchesFilters(place, rule)));
}

function startPlaces(rule: RuleFilterFields, master: MatrixMaster): readonly CellPlace[] {
  const hospitals = new Set(rule.hospitals);
  const distributors = new Set(rule.distributors);
  const namedHospitals =
    hospitals.size > 0 ? master.hospitals.filter((hospital) => hospitals.has(hospital.code)) : [];
  const namedDistributors =
    distributors.size > 0 ? master.distributors.filter((d) => distributors.has(d.code)) : [];

  if (rule.audience === 'HOSPITAL') {
    const places =
      hospitals.size > 0
        ? namedHospitals.map((hospital) => hospitalPlace(rule.audience, hospital, true))
        : [...basePlaces(master, rule.audience), ...scenarioPlaces(rule, master)];
    if (distributors.size === 0) return places;
    // A hospital's line through a named distributor: the tier is the distributor's.
    return places.flatMap((place) =>
      namedDistributors.map((d) => ({ ...place, tier: d.tier as Tier, distributor: d.code })),
    );
  }
  const places =
    distributors.size > 0
      ? namedDistributors.map((distributor) => distributorPlace(rule.audience, distributor, true))
      : basePlaces(master, rule.audience);
  if (hospitals.size === 0) return places;
  // A distributor's line for a named hospital takes the hospital's province, channel and grade.
  return places.flatMap((place) =>
    namedHospitals.map((hospital) => ({
      ...hospitalPlace(rule.audience, hospital, true),
      tier: place.tier,
      distributor: place.distributor,
    })),
  );
}

/**
 * Hospital-audience rules for retail, e-commerce or direct channels reach no hospital's own
 * channel; their lines name the channel (SPEC 3.3 overrides), in each province the rule allows.
 */
function scenarioPlaces(rule: RuleFilterFields, master: MatrixMaster): CellPlace[] {
  if (!rule.channels.some((channel) => !HOSPITAL_CHANNELS.has(channel))) return [];
  const known = [...master.hospitals, ...master.distributors].map((party) => party.province);
  const provinces = rule.provinces.length > 0 ? rule.provinces : [...new Set(known)];
  return provinces.map((province) => ({
    audience: rule.audience,
    province,
    channel: null,
    grade: null,
    tier: null,
    hospital: null,
    distributor: null,
  }));
}

/** A dimension the place leaves open but the rule restricts is set the way a line would override it. */
function expandOverrides(place: CellPlace, rule: RuleFilterFields): CellPlace[] {
  let places = [place];
  if (place.channel === null && rule.channels.length > 0)
    places = places.flatMap((p) => rule.channels.map((channel) => ({ ...p, channel })));
  if (place.grade === null && rule.grades.length > 0)
    places = places.flatMap((p) => rule.grades.map((grade: Grade) => ({ ...p, grade })));
  if (place.tier === null && rule.tiers.length > 0)
    places = places.flatMap((p) => rule.tiers.map((tier: Tier) => ({ ...p, tier })));
  return places;
}

function matchesFilters(place: CellPlace, rule: RuleFilterFields): boolean {
  return (
    allows(rule.provinces, place.province) &&
    allows(rule.channels, place.channel) &&
    allows(rule.grades, place.grade) &&
    allows(rule.tiers, place.tier) &&
    allows(rule.hospitals, place.hospital) &&
    allows(rule.distributors, place.distributor)
  );
}

/** Empty = any; a restricted dimension needs a value in the list (as the engine's filters do). */
function allows(values: readonly string[], value: string | null): boolean {
  return values.length === 0 || (value !== null && values.includes(value));
}
