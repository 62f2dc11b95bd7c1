import type { AboutKey } from './about-en';

export const aboutPl: Record<AboutKey, string> = {
  'about.title': 'Jak chronione są dane',
  'about.intro':
    'Okrągłe stoły to małe spotkania: liczba dwóch czy trzech osób mogłaby wskazać konkretną osobę. Dlatego grantodawcy i opinia publiczna, którzy czytają panel bez pracy z rekordami, widzą chronioną publikację danych o osobach. Pozostałe role widzą liczebności tak, jak je zarejestrowano.',
  'about.publishedTitle': 'Co jest publikowane',
  'about.published':
    'Liczby osób (uczestników, trybu ich udziału, kategorii interesariuszy, podziałów uczestników) są publikowane dla każdego regionu i dla wszystkich regionów łącznie, dla każdego okresu sprawozdawczego (całego projektu i każdego roku) oraz dla wszystkich okrągłych stołów.',
  'about.notPublished':
    'Wszystko inne nie jest publikowane: liczby osób dla pojedynczego okrągłego stołu, według formy, dla innych dat niż okres sprawozdawczy ani część części (np. osoby nowo przybyłe według płci). Dlatego grantodawcy i opinia publiczna wybierają w filtrach okres sprawozdawczy, a nie daty.',
  'about.withheldTitle': 'Co jest utajniane',
  'about.small': 'Liczebność poniżej 5 osób jest utajniana, podobnie jak przedział, który może obejmować mniej niż 5.',
  'about.protect':
    'Utajnia się także tyle innych liczb, by żadne zestawienie opublikowanych danych nie pozwoliło odtworzyć utajnionej liczebności: ani dwa nakładające się okresy (rok wobec całego projektu), ani wszystkie regiony bez jednego, ani suma minus pozostałe jej części, ani odsetek pomnożony przez sumę, ani zestawione obok siebie pobrane pliki.',
  'about.readingTitle': 'Jak wygląda utajniona liczba',
  'about.reading':
    'Utajniona liczba nigdy nie jest pokazywana jako 0 ani jako nieznana. Towarzyszy jej powód — w panelu, jego tabelach, raporcie i każdym pobranym pliku:',
  'about.trueTitle': 'Pokazywane jest to, co zarejestrowano',
  'about.true':
    'Każda pokazana liczba jest równa temu, co zarejestrowano lub opublikowano: nic nie jest zaokrąglane, przesuwane ani zmyślane dla ochrony danych — zamiast tego liczba jest utajniana. Przedział pozostaje przedziałem, a nieznana liczba jest oznaczona jako nieznana.',
  'about.downloads':
    'W plikach CSV i arkuszach kalkulacyjnych utajniona liczebność to pusta komórka, nigdy 0, a osobna kolumna wymienia każdą utajnioną liczebność wiersza wraz z powodem; plik IATI podaje powód każdej utajnionej wartości. Ta sama liczba ma tę samą wartość i ten sam powód w panelu, w API i w każdym pliku.',
  'about.rolesTitle': 'Kto co widzi',
  'about.roles':
    'Administratorzy, koordynatorzy regionów, analitycy i ewaluatorzy widzą liczebności tak, jak je zarejestrowano. Grantodawcy i wszyscy niezalogowani widzą chronioną publikację i nigdy nie widzą rekordów uczestników ani notatek tekstowych.',
  'about.back': 'Wróć do przeglądu',
  'publication.behind':
    'Liczby osób według stanu na {asOf}. Rejestry zmienione od tego czasu są właśnie publikowane; dane zaktualizują się same.',
  'publication.caughtUp': 'Dane zaktualizowane: liczby osób według stanu na {asOf}.',
};
