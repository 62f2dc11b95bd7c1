import type { CompareKey } from './compare-en';

export const compareEs: Record<CompareKey, string> = {
  'compare.title': 'Comparar regiones',
  'compare.intro': 'Asistencia, categorías de actores y retos, lado a lado para las regiones elegidas.',
  'compare.categories': 'Categorías de actores presentes, por región (mesas redondas)',
  'compare.categoriesDescription': 'Para cada categoría de actores, el número de mesas redondas de cada región en las que estuvo presente.',
  'compare.challenges': 'Retos planteados, región × reto (menciones)',
  'compare.challengesDescription': 'Cada celda es el número de veces que se planteó un reto en una región; vacía si nunca se registró.',
  'compare.limited':
    'Se muestran las {shown} regiones con más mesas redondas de {total}; elija regiones en los filtros para comparar otras.',
};
