import type { NotFoundKey } from './not-found-en';

export const notFoundPl: Record<NotFoundKey, string> = {
  'region.notFound': 'Nie ma regionu „{slug}”.',
  'region.back': 'Wróć do przeglądu',
  'notFound.title': 'Nie znaleziono strony',
  'notFound.page': 'Pod adresem {path} nie ma strony: adres może zawierać literówkę albo strona została przeniesiona.',
  'notFound.regionTitle': 'Nie znaleziono regionu',
  'notFound.roundtableTitle': 'Nie znaleziono okrągłego stołu',
  'notFound.roundtable': 'Pod tym adresem nie ma okrągłego stołu; mógł zostać usunięty.',
  'notFound.wayBack': 'Dokąd przejść',
  'notFound.previous': 'Wróć do poprzedniej strony',
  'notFound.regions': 'Albo na stronę regionu:',
};
