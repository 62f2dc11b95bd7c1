import type { CompareKey } from './compare-en';

export const compareFr: Record<CompareKey, string> = {
  'compare.title': 'Comparer les régions',
  'compare.intro': 'Participation, catégories d’acteurs et difficultés, côte à côte pour les régions choisies.',
  'compare.categories': 'Catégories d’acteurs présentes, par région (tables rondes)',
  'compare.categoriesDescription': 'Pour chaque catégorie d’acteurs, le nombre de tables rondes de chaque région où elle était présente.',
  'compare.challenges': 'Difficultés soulevées, région × difficulté (mentions)',
  'compare.challengesDescription':
    'Chaque case indique le nombre de fois qu’une difficulté a été soulevée dans une région ; une case vide signifie qu’elle n’a jamais été enregistrée.',
  'compare.limited':
    'Affichage des {shown} régions ayant le plus de tables rondes sur {total} ; choisissez des régions dans les filtres pour en comparer d’autres.',
};
