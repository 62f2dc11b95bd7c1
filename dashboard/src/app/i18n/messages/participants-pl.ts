import type { ParticipantsKey } from './participants-en';

export const participantsPl: Record<ParticipantsKey, string> = {
  'participants.title': 'Uczestnicy · Okrągły stół {number} · {region}',
  'participants.intro':
    'Jeden wiersz na każdą osobę, która wzięła udział. Rekordy są pseudonimizowane: nie pyta się o imię ani nazwisko i ich nie przechowuje, a każda osoba jest oznaczona kodem. Gdy okrągły stół ma rekordy uczestników, jego frekwencja jest liczona z nich, a nie z opublikowanych liczb.',
  'participants.back': 'Wróć do regionu {region}',
  'participants.notAllowed':
    'Rekordy uczestników widzą tylko administratorzy, koordynatorzy, analitycy i ewaluatorzy; grantodawcy i opinia publiczna widzą liczebności, z utajnionymi małymi liczbami. Zaloguj się na takie konto.',
  'participants.readOnly': 'Możesz przeglądać te rekordy; rejestruje je i zmienia koordynator(ka) regionu lub administrator(ka).',
  'participants.link': 'Uczestnicy',

  'participants.column.code': 'Kod',
  'participants.column.row': 'Wiersz',
  'participants.column.category': 'Kategoria',
  'participants.column.newcomer': 'Osoba nowo przybyła',
  'participants.column.gender': 'Płeć',
  'participants.column.ageBand': 'Grupa wiekowa',
  'participants.column.organisation': 'Organizacja',
  'participants.column.mode': 'Forma udziału',
  'participants.column.roundtables': 'Udział w okrągłych stołach',
  'participants.column.actions': 'Działania',

  'participants.choose': 'Wybierz…',
  'participants.yes': 'Tak',
  'participants.no': 'Nie',
  'participants.newcomerHint': 'Osoba uchodźcza lub migrująca',
  'participants.notRecorded': 'Nie zarejestrowano',
  'participants.noOrganisation': 'Nie zarejestrowano żadnej',
  'participants.unknownOrganisation': '{slug} (spoza listy organizacji)',
  'participants.gender.FEMALE': 'Kobieta',
  'participants.gender.MALE': 'Mężczyzna',
  'participants.gender.NON_BINARY': 'Osoba niebinarna',
  'participants.gender.UNDISCLOSED': 'Woli nie podawać',
  'participants.age.UNDER_18': 'Poniżej 18 lat',
  'participants.age.AGE_18_24': '18–24 lata',
  'participants.age.AGE_25_34': '25–34 lata',
  'participants.age.AGE_35_49': '35–49 lat',
  'participants.age.AGE_50_64': '50–64 lata',
  'participants.age.AGE_65_PLUS': '65 lat i więcej',
  'participants.mode.ONLINE': 'Zdalnie',
  'participants.mode.ONSITE': 'Stacjonarnie',

  'participants.summary.title': 'Kto wziął udział',
  'participants.summary.none': 'Brak jeszcze rekordów uczestników: okrągły stół jest liczony według opublikowanych liczb.',
  'participants.summary.total':
    '{count, plural, one {# rekord uczestnika} few {# rekordy uczestników} many {# rekordów uczestników} other {# rekordu uczestnika}}',
  'participants.summary.byNewcomer': 'Według statusu osoby nowo przybyłej',
  'participants.summary.byGender': 'Według płci',
  'participants.summary.byAge': 'Według grupy wiekowej',
  'participants.summary.byMode': 'Według formy udziału',
  'participants.summary.newcomers': 'Uchodźcy i migranci',
  'participants.summary.others': 'Pozostałe osoby',
  'participants.summary.count': 'Uczestnicy',
  'participants.summary.unknownNote':
    '„Nie zarejestrowano” obejmuje osoby, których rekord tego nie podaje: nigdy nie są przypisywane do żadnej płci ani grupy wiekowej.',

  'participants.sheet.title': 'Dodaj uczestników',
  'participants.sheet.hint':
    'Enter dodaje wiersz pod bieżącym i przechodzi do jego pierwszej komórki; Tab przechodzi w poziomie. Nowy wiersz przejmuje kategorię, status osoby nowo przybyłej i formę udziału z poprzedniego wiersza. Zapisanie wysyła wszystkie wiersze naraz: rejestrowane są wszystkie albo żaden, jeśli którykolwiek zawiera błąd.',
  'participants.sheet.caption': 'Nowi uczestnicy, jeszcze niezapisani',
  'participants.sheet.empty': 'Brak wierszy.',
  'participants.sheet.rowLabel': 'Wiersz {row}',
  'participants.sheet.cellLabel': 'Wiersz {row}: {column}',
  'participants.sheet.add': 'Dodaj wiersz',
  'participants.sheet.remove': 'Usuń',
  'participants.sheet.save': '{count, plural, one {Zapisz # osobę} few {Zapisz # osoby} many {Zapisz # osób} other {Zapisz # osoby}}',
  'participants.sheet.saving': 'Zapisywanie…',
  'participants.sheet.saved':
    '{count, plural, one {Zarejestrowano # osobę.} few {Zarejestrowano # osoby.} many {Zarejestrowano # osób.} other {Zarejestrowano # osoby.}}',
  'participants.sheet.problems': 'Niczego nie zapisano: popraw zaznaczone poniżej wiersze i zapisz ponownie.',
  'participants.sheet.required': 'pole wymagane',
  'participants.sheet.fixedMode': 'Ten okrągły stół odbył się tylko w jednej formie ({mode}): dotyczy to każdego wiersza.',

  'participants.list.title': 'Zarejestrowani uczestnicy',
  'participants.list.caption': 'Rekordy uczestników tego okrągłego stołu',
  'participants.list.none': 'Brak jeszcze rekordów uczestników.',
  'participants.list.thisOne': 'bieżący',
  'participants.list.edit': 'Edytuj',
  'participants.list.delete': 'Usuń',
  'participants.list.history': 'Historia',
  'participants.list.of': 'rekordu {code}',

  'participants.edit.title': 'Edycja: {code}',
  'participants.edit.intro':
    'Wersja {version}. Zapisane dane zastąpią ten rekord, łącznie z okrągłymi stołami, w których osoba uczestniczyła.',
  'participants.edit.roundtables': 'Udział w okrągłych stołach regionu {region}',
  'participants.edit.attended': 'Okrągły stół {number} · {date}',
  'participants.edit.locked': 'zablokowany: zatwierdzony lub w zamkniętym okresie',
  'participants.edit.save': 'Zapisz zmiany',
  'participants.edit.saving': 'Zapisywanie…',
  'participants.edit.cancel': 'Anuluj',
  'participants.edit.saved': 'Zapisano: {code} (wersja {version}).',
  'participants.edit.stale':
    'Ktoś zmienił ten rekord po jego otwarciu (obecnie jest w wersji {version}). Niczego nie zapisano: wczytaj go ponownie, aby zobaczyć tę wersję.',
  'participants.edit.reload': 'Wczytaj ponownie',
  'participants.edit.noRoundtable':
    'Uczestnik, który nie wziął udziału w żadnym okrągłym stole, nadal jest przechowywany: aby go usunąć, usuń rekord.',

  'participants.delete.title': 'Usunąć {code}?',
  'participants.delete.question':
    'Rekord {code} (wersja {version}) zostanie usunięty wraz z każdym okrągłym stołem, w którym osoba uczestniczyła; pozostanie w historii i można go przywrócić.',
  'participants.delete.confirm': 'Usuń {code}',
  'participants.delete.working': 'Usuwanie…',
  'participants.delete.cancel': 'Zachowaj',
  'participants.delete.done': 'Usunięto: {code}.',
  'participants.delete.stale':
    'Ktoś zmienił ten rekord po jego odczytaniu (obecnie jest w wersji {version}): najpierw wczytaj go ponownie.',

  'participants.history.title': 'Historia: {code}',
  'participants.history.close': 'Zamknij',
  'participants.history.none': 'Nie zarejestrowano żadnych zmian.',
  'participants.history.participations': 'Udział w okrągłych stołach',
  'participants.history.attendedAt': 'Okrągły stół {number} ({mode})',
  'participants.history.attendedElsewhere': 'okrągły stół, który został usunięty ({mode})',

  'participants.deleted.title': 'Usunięci uczestnicy',
  'participants.deleted.intro':
    'Uczestnicy tego okrągłego stołu usunięci i nieprzywróceni, od najnowszych. Przywrócenie odtwarza rekord wraz z jego kodem.',
  'participants.deleted.none': 'Brak usuniętych uczestników.',
  'participants.deleted.restore': 'Przywróć',
  'participants.deleted.restoring': 'Przywracanie…',
  'participants.deleted.restored': 'Przywrócono: {code}.',
  'participants.deleted.by': 'Usunięcie: {when}, {who} ({role})',

  'participants.import.title': 'Import z pliku CSV',
  'participants.import.intro':
    'Wielu uczestników naraz z arkusza zapisanego jako CSV UTF-8: jeden wiersz na osobę, kolumny jak w szablonie. Najpierw sprawdź plik; import obejmuje go dokładnie w sprawdzonej postaci, w całości albo wcale.',
  'participants.import.template': 'Pobierz szablon (CSV)',
  'participants.import.templateHint':
    'Jego kolumny, z czterema zmyślonymi osobami w wierszach zaczynających się od # (uwagi, które import pomija, więc szablon w tej postaci nikogo nie rejestruje): pod nimi wpisz własne wiersze.',
  'participants.import.check': 'Sprawdź plik',
  'participants.import.checking': 'Sprawdzanie…',
  'participants.import.import': 'Importuj sprawdzony plik',
  'participants.import.importing': 'Importowanie…',
  'participants.import.fileHint': 'Wybierz plik lub upuść go tutaj. Maksymalnie 2 MB i 500 wierszy.',
  'participants.import.importHint': 'Dostępne, gdy plik zostanie sprawdzony i nie będzie zawierał błędów.',
  'participants.import.validTitle': 'Plik nie zawiera błędów',
  'participants.import.validCount':
    '{count, plural, one {Import zarejestruje # osobę.} few {Import zarejestruje # osoby.} many {Import zarejestruje # osób.} other {Import zarejestruje # osoby.}}',
  'participants.import.previewCaption': 'Uczestnicy zarejestrowani w pliku',
  'participants.import.doneTitle': 'Zaimportowano',
  'participants.import.doneCount':
    '{count, plural, one {Zarejestrowano # osobę.} few {Zarejestrowano # osoby.} many {Zarejestrowano # osób.} other {Zarejestrowano # osoby.}}',
};
