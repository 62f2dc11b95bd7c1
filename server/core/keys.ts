// The shapes of the keys people and records use, in one place: region and organisation
// slugs, taxonomy codes, and record ids.
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const CODE = /^[A-Z][A-Z_]*$/;
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A record id worth asking the database about; anything else would be an SQL error, not a miss. */
export const isUuid = (value: string): boolean => UUID.test(value);
