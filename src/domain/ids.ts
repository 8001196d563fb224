/**
 * Branded identifier types. A brand makes a region id and a muscle id different
 * types even though both are strings at run time, so they cannot be swapped by mistake.
 */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

/** A skin region of the atlas, e.g. `l-temple`, `r-heel-sole`, `navel`. */
export type RegionId = Brand<string, 'RegionId'>;
/** A muscle record, side-agnostic, e.g. `upper-trapezius`. */
export type MuscleId = Brand<string, 'MuscleId'>;
/** A trigger-point record, side-agnostic, e.g. `upper-trapezius-1`. */
export type TriggerPointId = Brand<string, 'TriggerPointId'>;
export type SourceId = Brand<string, 'SourceId'>;
export type ConditionId = Brand<string, 'ConditionId'>;

/** A body side of a paired structure. */
export type BodySide = 'left' | 'right';

export const asRegionId = (s: string): RegionId => s as RegionId;
export const asMuscleId = (s: string): MuscleId => s as MuscleId;
export const asTriggerPointId = (s: string): TriggerPointId => s as TriggerPointId;
export const asSourceId = (s: string): SourceId => s as SourceId;
export const asConditionId = (s: string): ConditionId => s as ConditionId;

/** Prefix used by region and landmark ids for a side: `l-` or `r-`. */
export const sidePrefix = (side: BodySide): 'l-' | 'r-' => (side === 'left' ? 'l-' : 'r-');
export const otherSide = (side: BodySide): BodySide => (side === 'left' ? 'right' : 'left');
