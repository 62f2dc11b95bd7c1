import type { NotFoundKey } from './not-found-en';

export const notFoundFr: Record<NotFoundKey, string> = {
  'region.notFound': 'Il n’existe pas de région « {slug} ».',
  'region.back': 'Retour à la vue d’ensemble',
  'notFound.title': 'Page introuvable',
  'notFound.page': 'Il n’y a pas de page à l’adresse {path} : l’adresse est peut-être mal saisie, ou la page a été déplacée.',
  'notFound.regionTitle': 'Région introuvable',
  'notFound.roundtableTitle': 'Table ronde introuvable',
  'notFound.roundtable': 'Il n’y a pas de table ronde à cette adresse ; elle a peut-être été supprimée.',
  'notFound.wayBack': 'Où aller maintenant',
  'notFound.previous': 'Retour à la page précédente',
  'notFound.regions': 'Ou la page d’une région :',
};
