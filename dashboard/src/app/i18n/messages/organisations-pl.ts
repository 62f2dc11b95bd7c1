import type { OrganisationsKey } from './organisations-en';

export const organisationsPl: Record<OrganisationsKey, string> = {
  'organisations.title': 'Organizacje',
  'organisations.intro':
    'Organizacje, które organizują okrągłe stoły platform lub w nich uczestniczą. Administratorzy rejestrują i zmieniają każdą z nich, koordynator(ka) regionu — te ze swoich regionów. Każda zmiana jest zachowywana w historii, a usuniętą organizację można przywrócić.',
  'organisations.listTitle': 'Znajdź organizację',
  'organisations.listCaption': 'Organizacje',
  'organisations.file': 'organizacje',
  'organisations.search': 'Szukaj po nazwie',
  'organisations.everyRegion': 'Wszystkie regiony',
  'organisations.everyCategory': 'Wszystkie kategorie',
  'organisations.acrossRegions': 'Działa w wielu regionach',

  'organisations.addAction': 'Dodaj organizację',
  'organisations.notInList': 'Nie ma jej na liście? Zarejestruj ją w regionie {region} i wybierz jako organizatora.',
  'organisations.addTitle': 'Dodawanie organizacji',
  'organisations.editTitle': 'Zmiana: {name}',
  'organisations.add': 'Dodaj organizację',
  'organisations.saveChanges': 'Zapisz zmiany',
  'organisations.saving': 'Zapisywanie…',
  'organisations.cancel': 'Anuluj',
  'organisations.close': 'Zamknij',
  'organisations.notSaved': 'Nie zapisano organizacji. Spróbuj ponownie.',
  'organisations.stale':
    'Ktoś zmienił tę organizację, gdy ją przeglądałeś(-aś) (obecnie jest w wersji {version}). Wczytaj ją ponownie, aby zobaczyć te zmiany, a potem wprowadź swoje jeszcze raz.',

  'organisations.field.name': 'Nazwa',
  'organisations.field.nameHint': 'Nazwa, pod którą jest znana; maksymalna liczba znaków: {max}.',
  'organisations.field.nameTooShort': 'Wpisz nazwę: co najmniej 2 znaki.',
  'organisations.field.category': 'Kategoria interesariuszy',
  'organisations.field.chooseCategory': 'Wybierz kategorię',
  'organisations.field.categoryMissing': 'Wybierz kategorię interesariuszy organizacji.',
  'organisations.field.region': 'Region',
  'organisations.field.regionFixed': 'Jest rejestrowana w regionie okrągłego stołu: {region}.',
  'organisations.field.migrantLed': 'Prowadzona przez migrantów lub uchodźców',
  'organisations.yes': 'Tak',
  'organisations.no': 'Nie',
  'organisations.notKnown': 'Nie wiadomo',

  'organisations.column.slug': 'Klucz',
  'organisations.column.actions': 'Działania',
  'organisations.edit': 'Zmień',
  'organisations.delete': 'Usuń',
  'organisations.deleteTitle': 'Usunąć organizację {name}?',
  'organisations.deleteQuestion':
    'Okrągłe stoły i uczestnicy, przy których wskazano organizację {name}, zachowają ją — oznaczoną jako usunięta — dopóki nie zostanie przywrócona. Jej historia zostanie zachowana.',
  'organisations.deleteConfirm': 'Usuń organizację',
  'organisations.deleting': 'Usuwanie…',
  'organisations.historyTitle': 'Historia: {name}',
  'organisations.deletedTitle': 'Usunięte organizacje',
  'organisations.deletedNone': 'Nie usunięto żadnej organizacji, którą możesz zobaczyć.',

  'organisations.added': 'Zarejestrowano: {name}.',
  'organisations.saved': 'Zapisano zmiany: {name}.',
  'organisations.deleted': 'Usunięto: {name}. Można ją przywrócić z listy usuniętych organizacji poniżej.',
  'organisations.restored': 'Przywrócono: {name}.',
};
