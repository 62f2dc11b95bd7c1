import type { NotFoundKey } from './not-found-en';

export const notFoundEl: Record<NotFoundKey, string> = {
  'region.notFound': 'Δεν υπάρχει περιοχή «{slug}».',
  'region.back': 'Επιστροφή στην επισκόπηση',
  'notFound.title': 'Η σελίδα δεν βρέθηκε',
  'notFound.page':
    'Δεν υπάρχει σελίδα στη διεύθυνση {path}: η διεύθυνση μπορεί να έχει πληκτρολογηθεί λάθος ή η σελίδα να έχει μετακινηθεί.',
  'notFound.regionTitle': 'Η περιοχή δεν βρέθηκε',
  'notFound.roundtableTitle': 'Η στρογγυλή τράπεζα δεν βρέθηκε',
  'notFound.roundtable': 'Δεν υπάρχει στρογγυλή τράπεζα σε αυτή τη διεύθυνση· μπορεί να έχει διαγραφεί.',
  'notFound.wayBack': 'Πού να πάτε από εδώ',
  'notFound.previous': 'Επιστροφή στην προηγούμενη σελίδα',
  'notFound.regions': 'Ή στη σελίδα μιας περιοχής:',
};
