import type { NotFoundKey } from './not-found-en';

export const notFoundEs: Record<NotFoundKey, string> = {
  'region.notFound': 'No existe la región «{slug}».',
  'region.back': 'Volver al resumen',
  'notFound.title': 'Página no encontrada',
  'notFound.page': 'No hay ninguna página en {path}: puede que la dirección esté mal escrita o que la página se haya movido.',
  'notFound.regionTitle': 'Región no encontrada',
  'notFound.roundtableTitle': 'Mesa redonda no encontrada',
  'notFound.roundtable': 'No hay ninguna mesa redonda en esta dirección; puede que se haya eliminado.',
  'notFound.wayBack': 'Adónde ir desde aquí',
  'notFound.previous': 'Volver a la página anterior',
  'notFound.regions': 'O la página de una región:',
};
