// Texts of the page shown for an address that names nothing, and of a record or region that is not
// there; loaded with it rather than with the first view. Every other language must translate each key
// (the type checks it).
export const notFoundEn = {
  'region.notFound': 'There is no region "{slug}".',
  'region.back': 'Back to the overview',
  'notFound.title': 'Page not found',
  'notFound.page': 'There is no page at {path}: the address may be mistyped, or the page may have moved.',
  'notFound.regionTitle': 'Region not found',
  'notFound.roundtableTitle': 'Roundtable not found',
  'notFound.roundtable': 'There is no roundtable at this address; it may have been deleted.',
  'notFound.wayBack': 'Where to go from here',
  'notFound.previous': 'Back to the previous page',
  'notFound.regions': 'Or the page of a region:',
} as const;

export type NotFoundKey = keyof typeof notFoundEn;
