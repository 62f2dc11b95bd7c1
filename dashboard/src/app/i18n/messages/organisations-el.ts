import type { OrganisationsKey } from './organisations-en';

export const organisationsEl: Record<OrganisationsKey, string> = {
  'organisations.title': 'Οργανισμοί',
  'organisations.intro':
    'Οι οργανισμοί που διοργανώνουν τις στρογγυλές τράπεζες των πλατφορμών ή συμμετέχουν σε αυτές. Οι διαχειριστές καταγράφουν και αλλάζουν οποιονδήποτε από αυτούς· ένας συντονιστής/μια συντονίστρια περιοχής όσους ανήκουν στις δικές του/της περιοχές. Κάθε αλλαγή διατηρείται στο ιστορικό και ένας διαγραμμένος οργανισμός μπορεί να επαναφερθεί.',
  'organisations.listTitle': 'Αναζήτηση οργανισμού',
  'organisations.listCaption': 'Οργανισμοί',
  'organisations.file': 'οργανισμοί',
  'organisations.search': 'Αναζήτηση με βάση το όνομα',
  'organisations.everyRegion': 'Όλες οι περιοχές',
  'organisations.everyCategory': 'Όλες οι κατηγορίες',
  'organisations.acrossRegions': 'Δραστηριοποιείται σε πολλές περιοχές',

  'organisations.addAction': 'Προσθήκη οργανισμού',
  'organisations.notInList': 'Δεν υπάρχει στη λίστα; Καταγράψτε τον στην περιοχή {region} και επιλέξτε τον ως διοργανωτή.',
  'organisations.addTitle': 'Προσθήκη οργανισμού',
  'organisations.editTitle': 'Αλλαγή: {name}',
  'organisations.add': 'Προσθήκη του οργανισμού',
  'organisations.saveChanges': 'Αποθήκευση των αλλαγών',
  'organisations.saving': 'Αποθήκευση…',
  'organisations.cancel': 'Ακύρωση',
  'organisations.close': 'Κλείσιμο',
  'organisations.notSaved': 'Ο οργανισμός δεν αποθηκεύτηκε. Δοκιμάστε ξανά.',
  'organisations.stale':
    'Κάποιος άλλαξε αυτόν τον οργανισμό ενώ τον βλέπατε (είναι πλέον στην έκδοση {version}). Φορτώστε τον ξανά για να δείτε τις αλλαγές του και κάντε ξανά τις δικές σας.',

  'organisations.field.name': 'Όνομα',
  'organisations.field.nameHint': 'Το όνομα με το οποίο είναι γνωστός· το πολύ {max} χαρακτήρες.',
  'organisations.field.nameTooShort': 'Γράψτε το όνομά του: τουλάχιστον 2 χαρακτήρες.',
  'organisations.field.category': 'Κατηγορία φορέων',
  'organisations.field.chooseCategory': 'Επιλέξτε κατηγορία',
  'organisations.field.categoryMissing': 'Επιλέξτε την κατηγορία φορέων στην οποία ανήκει.',
  'organisations.field.region': 'Περιοχή',
  'organisations.field.regionFixed': 'Καταγράφεται στην περιοχή {region}, την περιοχή της στρογγυλής τράπεζας.',
  'organisations.field.migrantLed': 'Υπό την ηγεσία μεταναστών ή προσφύγων',
  'organisations.yes': 'Ναι',
  'organisations.no': 'Όχι',
  'organisations.notKnown': 'Άγνωστο',

  'organisations.column.slug': 'Κλειδί',
  'organisations.column.actions': 'Ενέργειες',
  'organisations.edit': 'Αλλαγή',
  'organisations.delete': 'Διαγραφή',
  'organisations.deleteTitle': 'Διαγραφή: {name};',
  'organisations.deleteQuestion':
    'Οι στρογγυλές τράπεζες και οι συμμετέχοντες που αναφέρουν τον οργανισμό {name} τον διατηρούν, ως οργανισμό που έχει διαγραφεί, μέχρι να επαναφερθεί. Το ιστορικό του διατηρείται.',
  'organisations.deleteConfirm': 'Διαγραφή του οργανισμού',
  'organisations.deleting': 'Διαγραφή…',
  'organisations.historyTitle': 'Ιστορικό: {name}',
  'organisations.deletedTitle': 'Διαγραμμένοι οργανισμοί',
  'organisations.deletedNone': 'Δεν έχει διαγραφεί κανένας οργανισμός από όσους μπορείτε να δείτε.',

  'organisations.added': 'Ο οργανισμός {name} καταγράφηκε.',
  'organisations.saved': 'Οι αλλαγές στον οργανισμό {name} αποθηκεύτηκαν.',
  'organisations.deleted': 'Ο οργανισμός {name} διαγράφηκε. Μπορεί να επαναφερθεί από τους διαγραμμένους οργανισμούς παρακάτω.',
  'organisations.restored': 'Ο οργανισμός {name} επαναφέρθηκε.',
};
