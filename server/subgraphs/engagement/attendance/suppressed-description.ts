// One wording for every type that carries `suppressed`, so clients read it the same way everywhere.
const WITHHELD =
  'Names of the counts of this object withheld from this viewer (FUNDER and PUBLIC); each is returned as null. ' +
  'A count of people below the suppression threshold (k, 5 by default) is withheld, and so are enough of the counts ' +
  'that add up with it that it cannot be computed from what is shown. A null not named here is unknown, not withheld. ' +
  'Empty for roles that see counts as recorded.';

/** For online + onsite + unknownMode = total. */
export const SUPPRESSED_ATTENDANCE = `${WITHHELD} E.g. ["onsite", "unknownMode", "online"].`;

/** For a category's participants, which add up with the other categories of the same region or roundtable. */
export const SUPPRESSED_CATEGORY = `${WITHHELD} Either [] or ["participants"].`;
