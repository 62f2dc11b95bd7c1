import type { OrganisationsKey } from './organisations-en';

export const organisationsFr: Record<OrganisationsKey, string> = {
  'organisations.title': 'Organisations',
  'organisations.intro':
    'Les organisations qui organisent les tables rondes des plateformes ou y participent. Les administrateurs enregistrent et modifient n’importe laquelle d’entre elles ; un coordinateur régional, celles de ses propres régions. Chaque modification est conservée dans son historique, et une organisation supprimée peut être restaurée.',
  'organisations.listTitle': 'Trouver une organisation',
  'organisations.listCaption': 'Organisations',
  'organisations.file': 'organisations',
  'organisations.search': 'Rechercher par nom',
  'organisations.everyRegion': 'Toutes les régions',
  'organisations.everyCategory': 'Toutes les catégories',
  'organisations.acrossRegions': 'Intervient dans plusieurs régions',

  'organisations.addAction': 'Ajouter une organisation',
  'organisations.notInList': 'Elle n’est pas dans la liste ? Enregistrez-la dans {region} et choisissez-la comme organisatrice.',
  'organisations.addTitle': 'Ajouter une organisation',
  'organisations.editTitle': 'Modifier {name}',
  'organisations.add': 'Ajouter l’organisation',
  'organisations.saveChanges': 'Enregistrer les modifications',
  'organisations.saving': 'Enregistrement…',
  'organisations.cancel': 'Annuler',
  'organisations.close': 'Fermer',
  'organisations.notSaved': 'L’organisation n’a pas été enregistrée. Réessayez.',
  'organisations.stale':
    'Quelqu’un a modifié cette organisation pendant que vous la consultiez (elle en est maintenant à la version {version}). Rechargez-la pour voir ses modifications, puis refaites les vôtres.',

  'organisations.field.name': 'Nom',
  'organisations.field.nameHint': 'Le nom sous lequel elle est connue ; {max} caractères au plus.',
  'organisations.field.nameTooShort': 'Saisissez son nom : au moins 2 caractères.',
  'organisations.field.category': 'Catégorie d’acteurs',
  'organisations.field.chooseCategory': 'Choisir une catégorie',
  'organisations.field.categoryMissing': 'Choisissez sa catégorie d’acteurs.',
  'organisations.field.region': 'Région',
  'organisations.field.regionFixed': 'Elle est enregistrée dans {region}, la région de la table ronde.',
  'organisations.field.migrantLed': 'Dirigée par des personnes migrantes ou réfugiées',
  'organisations.yes': 'Oui',
  'organisations.no': 'Non',
  'organisations.notKnown': 'Inconnu',

  'organisations.column.slug': 'Clé',
  'organisations.column.actions': 'Actions',
  'organisations.edit': 'Modifier',
  'organisations.delete': 'Supprimer',
  'organisations.deleteTitle': 'Supprimer {name} ?',
  'organisations.deleteQuestion':
    'Les tables rondes et les participants qui mentionnent {name} la conservent, affichée comme une organisation supprimée depuis, jusqu’à sa restauration. Son historique est conservé.',
  'organisations.deleteConfirm': 'Supprimer l’organisation',
  'organisations.deleting': 'Suppression…',
  'organisations.historyTitle': 'Historique de {name}',
  'organisations.deletedTitle': 'Organisations supprimées',
  'organisations.deletedNone': 'Aucune organisation que vous pouvez voir n’a été supprimée.',

  'organisations.added': '{name} enregistrée.',
  'organisations.saved': 'Modifications de {name} enregistrées.',
  'organisations.deleted': '{name} supprimée. Elle peut être restaurée depuis les organisations supprimées ci-dessous.',
  'organisations.restored': '{name} restaurée.',
};
