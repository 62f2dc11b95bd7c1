import type { CompareKey } from './compare-en';

export const comparePl: Record<CompareKey, string> = {
  'compare.title': 'Porównaj regiony',
  'compare.intro': 'Frekwencja, kategorie interesariuszy i wyzwania w wybranych regionach, obok siebie.',
  'compare.categories': 'Obecne kategorie interesariuszy, w podziale na regiony (okrągłe stoły)',
  'compare.categoriesDescription': 'Dla każdej kategorii interesariuszy: liczba okrągłych stołów w każdym regionie, w których była obecna.',
  'compare.challenges': 'Zgłoszone wyzwania, region × wyzwanie (wzmianki)',
  'compare.challengesDescription':
    'Każda komórka to liczba zgłoszeń danego wyzwania w regionie; pusta oznacza, że nigdy go nie zarejestrowano.',
  'compare.limited':
    'Pokazano regiony z największą liczbą okrągłych stołów ({shown} z {total}); wybierz regiony w filtrach, aby porównać inne.',
};
