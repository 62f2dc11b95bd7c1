import type { ParticipantsKey } from './participants-en';

export const participantsEl: Record<ParticipantsKey, string> = {
  'participants.title': 'Συμμετέχοντες · Στρογγυλή τράπεζα {number} · {region}',
  'participants.intro':
    'Μία γραμμή για κάθε άτομο που συμμετείχε. Οι εγγραφές είναι ψευδωνυμοποιημένες: κανένα όνομα δεν ζητείται ούτε διατηρείται και κάθε άτομο αναγνωρίζεται με έναν κωδικό. Μόλις μια στρογγυλή τράπεζα έχει εγγραφές συμμετεχόντων, η συμμετοχή της καταμετράται από αυτές αντί από τους δημοσιευμένους αριθμούς της.',
  'participants.back': 'Επιστροφή στην περιοχή {region}',
  'participants.notAllowed':
    'Οι εγγραφές συμμετεχόντων εμφανίζονται μόνο σε διαχειριστές, συντονιστές/συντονίστριες, αναλυτές και αξιολογητές· οι χρηματοδότες και το κοινό βλέπουν αριθμούς, με τους μικρούς να αποκρύπτονται. Συνδεθείτε με τέτοιον λογαριασμό.',
  'participants.readOnly':
    'Μπορείτε να διαβάσετε αυτές τις εγγραφές· τις καταγράφει και τις αλλάζει ο συντονιστής/η συντονίστρια της περιοχής ή ένας διαχειριστής.',
  'participants.link': 'Συμμετέχοντες',

  'participants.column.code': 'Κωδικός',
  'participants.column.row': 'Γραμμή',
  'participants.column.category': 'Κατηγορία',
  'participants.column.newcomer': 'Νεοαφιχθείς/νεοαφιχθείσα',
  'participants.column.gender': 'Φύλο',
  'participants.column.ageBand': 'Ηλικιακή ομάδα',
  'participants.column.organisation': 'Οργανισμός',
  'participants.column.mode': 'Τρόπος συμμετοχής',
  'participants.column.roundtables': 'Στρογγυλές τράπεζες που παρακολούθησε',
  'participants.column.actions': 'Ενέργειες',

  'participants.choose': 'Επιλέξτε…',
  'participants.yes': 'Ναι',
  'participants.no': 'Όχι',
  'participants.newcomerHint': 'Πρόσφυγας ή μετανάστης/μετανάστρια',
  'participants.notRecorded': 'Δεν καταγράφηκε',
  'participants.noOrganisation': 'Δεν καταγράφηκε κανένας',
  'participants.unknownOrganisation': '{slug} (δεν περιλαμβάνεται στους οργανισμούς)',
  'participants.gender.FEMALE': 'Γυναίκα',
  'participants.gender.MALE': 'Άνδρας',
  'participants.gender.NON_BINARY': 'Μη δυαδικό',
  'participants.gender.UNDISCLOSED': 'Προτίμησε να μην απαντήσει',
  'participants.age.UNDER_18': 'Κάτω των 18',
  'participants.age.AGE_18_24': '18 έως 24',
  'participants.age.AGE_25_34': '25 έως 34',
  'participants.age.AGE_35_49': '35 έως 49',
  'participants.age.AGE_50_64': '50 έως 64',
  'participants.age.AGE_65_PLUS': '65 και άνω',
  'participants.mode.ONLINE': 'Διαδικτυακά',
  'participants.mode.ONSITE': 'Δια ζώσης',

  'participants.summary.title': 'Ποιοι συμμετείχαν',
  'participants.summary.none':
    'Δεν υπάρχουν ακόμη εγγραφές συμμετεχόντων: η στρογγυλή τράπεζα καταμετράται από τους δημοσιευμένους αριθμούς της.',
  'participants.summary.total': '{count, plural, one {# εγγραφή συμμετέχοντα} other {# εγγραφές συμμετεχόντων}}',
  'participants.summary.byNewcomer': 'Ανά ιδιότητα νεοαφιχθέντος/νεοαφιχθείσας',
  'participants.summary.byGender': 'Ανά φύλο',
  'participants.summary.byAge': 'Ανά ηλικιακή ομάδα',
  'participants.summary.byMode': 'Ανά τρόπο συμμετοχής',
  'participants.summary.newcomers': 'Πρόσφυγες και μετανάστες',
  'participants.summary.others': 'Όλοι οι υπόλοιποι',
  'participants.summary.count': 'Συμμετέχοντες',
  'participants.summary.unknownNote':
    'Το «Δεν καταγράφηκε» μετρά τα άτομα των οποίων η εγγραφή δεν το αναφέρει: δεν καταμετρώνται ποτέ σε κάποιο φύλο ή ηλικιακή ομάδα.',

  'participants.sheet.title': 'Προσθήκη συμμετεχόντων',
  'participants.sheet.hint':
    'Το Enter προσθέτει μια γραμμή κάτω από αυτήν στην οποία βρίσκεστε και μεταβαίνει στο πρώτο της κελί· το Tab μετακινείται οριζόντια. Μια νέα γραμμή ξεκινά με την κατηγορία, την ιδιότητα νεοαφιχθέντος και τον τρόπο συμμετοχής της προηγούμενης γραμμής. Η Αποθήκευση στέλνει όλες τις γραμμές μαζί: καταγράφονται όλες ή καμία, αν κάποια έχει πρόβλημα.',
  'participants.sheet.caption': 'Νέοι συμμετέχοντες, δεν έχουν αποθηκευτεί ακόμη',
  'participants.sheet.empty': 'Δεν υπάρχουν ακόμη γραμμές.',
  'participants.sheet.rowLabel': 'Γραμμή {row}',
  'participants.sheet.cellLabel': 'Γραμμή {row}: {column}',
  'participants.sheet.add': 'Προσθήκη γραμμής',
  'participants.sheet.remove': 'Αφαίρεση',
  'participants.sheet.save': '{count, plural, one {Αποθήκευση # συμμετέχοντα} other {Αποθήκευση # συμμετεχόντων}}',
  'participants.sheet.saving': 'Αποθήκευση…',
  'participants.sheet.saved': '{count, plural, one {Καταγράφηκε # συμμετέχων/συμμετέχουσα.} other {Καταγράφηκαν # συμμετέχοντες.}}',
  'participants.sheet.problems': 'Δεν αποθηκεύτηκε τίποτα: διορθώστε τις γραμμές που επισημαίνονται παρακάτω και αποθηκεύστε ξανά.',
  'participants.sheet.required': 'είναι υποχρεωτικό',
  'participants.sheet.fixedMode': 'Αυτή η στρογγυλή τράπεζα έγινε μόνο με έναν τρόπο ({mode}): κάθε γραμμή τον παίρνει.',

  'participants.list.title': 'Καταγεγραμμένοι συμμετέχοντες',
  'participants.list.caption': 'Εγγραφές συμμετεχόντων αυτής της στρογγυλής τράπεζας',
  'participants.list.none': 'Δεν υπάρχουν ακόμη εγγραφές συμμετεχόντων.',
  'participants.list.thisOne': 'αυτή',
  'participants.list.edit': 'Επεξεργασία',
  'participants.list.delete': 'Διαγραφή',
  'participants.list.history': 'Ιστορικό',
  'participants.list.of': 'για τον κωδικό {code}',

  'participants.edit.title': 'Επεξεργασία: {code}',
  'participants.edit.intro':
    'Έκδοση {version}. Ό,τι αποθηκεύσετε αντικαθιστά αυτή την εγγραφή, μαζί με τις στρογγυλές τράπεζες που παρακολούθησε.',
  'participants.edit.roundtables': 'Στρογγυλές τράπεζες της περιοχής {region} που παρακολούθησε',
  'participants.edit.attended': 'Στρογγυλή τράπεζα {number} · {date}',
  'participants.edit.locked': 'κλειδωμένη: εγκρίθηκε ή ανήκει σε κλειστή περίοδο',
  'participants.edit.save': 'Αποθήκευση των αλλαγών',
  'participants.edit.saving': 'Αποθήκευση…',
  'participants.edit.cancel': 'Ακύρωση',
  'participants.edit.saved': 'Ο κωδικός {code} αποθηκεύτηκε (έκδοση {version}).',
  'participants.edit.stale':
    'Κάποιος άλλαξε αυτή την εγγραφή αφού την ανοίξατε (είναι πλέον στην έκδοση {version}). Δεν αποθηκεύτηκε τίποτα: φορτώστε ξανά για να δείτε την έκδοση του άλλου χρήστη.',
  'participants.edit.reload': 'Φόρτωση ξανά',
  'participants.edit.noRoundtable':
    'Ένας συμμετέχων που δεν παρακολούθησε καμία στρογγυλή τράπεζα εξακολουθεί να διατηρείται: διαγράψτε την εγγραφή για να τον αφαιρέσετε.',

  'participants.delete.title': 'Διαγραφή: {code};',
  'participants.delete.question':
    'Η εγγραφή {code} (έκδοση {version}) διαγράφεται, μαζί με κάθε στρογγυλή τράπεζα που παρακολούθησε· το ιστορικό της τη διατηρεί και μπορεί να επαναφερθεί.',
  'participants.delete.confirm': 'Διαγραφή: {code}',
  'participants.delete.working': 'Διαγραφή…',
  'participants.delete.cancel': 'Διατήρηση',
  'participants.delete.done': 'Ο κωδικός {code} διαγράφηκε.',
  'participants.delete.stale':
    'Κάποιος άλλαξε αυτή την εγγραφή αφού τη διαβάσατε (είναι πλέον στην έκδοση {version}): φορτώστε ξανά για να τη δείτε πρώτα.',

  'participants.history.title': 'Ιστορικό: {code}',
  'participants.history.close': 'Κλείσιμο',
  'participants.history.none': 'Δεν έχουν καταγραφεί αλλαγές.',
  'participants.history.participations': 'Στρογγυλές τράπεζες που παρακολούθησε',
  'participants.history.attendedAt': 'Στρογγυλή τράπεζα {number} ({mode})',
  'participants.history.attendedElsewhere': 'στρογγυλή τράπεζα που έχει πλέον διαγραφεί ({mode})',

  'participants.deleted.title': 'Διαγραμμένοι συμμετέχοντες',
  'participants.deleted.intro':
    'Συμμετέχοντες αυτής της στρογγυλής τράπεζας που διαγράφηκαν και δεν επαναφέρθηκαν, πρώτα οι πιο πρόσφατοι. Η επαναφορά επιστρέφει τον συμμετέχοντα με τον κωδικό του.',
  'participants.deleted.none': 'Δεν υπάρχουν διαγραμμένοι συμμετέχοντες.',
  'participants.deleted.restore': 'Επαναφορά',
  'participants.deleted.restoring': 'Επαναφορά…',
  'participants.deleted.restored': 'Ο κωδικός {code} επαναφέρθηκε.',
  'participants.deleted.by': 'Διαγράφηκε στις {when} από τον χρήστη {who} ({role})',

  'participants.import.title': 'Εισαγωγή από αρχείο CSV',
  'participants.import.intro':
    'Πολλοί συμμετέχοντες μαζί από υπολογιστικό φύλλο αποθηκευμένο ως CSV UTF-8: μία γραμμή ανά άτομο, με τις στήλες του προτύπου. Ελέγξτε πρώτα το αρχείο· εισάγεται μόνο όπως ελέγχθηκε, ολόκληρο ή καθόλου.',
  'participants.import.template': 'Λήψη του προτύπου (CSV)',
  'participants.import.templateHint':
    'Οι στήλες του, με τέσσερα φανταστικά άτομα σε γραμμές που ξεκινούν με # (σημειώσεις, τις οποίες η εισαγωγή παραλείπει, οπότε το πρότυπο όπως είναι δεν καταγράφει κανέναν): γράψτε τις δικές σας γραμμές από κάτω.',
  'participants.import.check': 'Έλεγχος του αρχείου',
  'participants.import.checking': 'Έλεγχος…',
  'participants.import.import': 'Εισαγωγή του αρχείου που ελέγχθηκε',
  'participants.import.importing': 'Εισαγωγή…',
  'participants.import.fileHint': 'Επιλέξτε ένα αρχείο ή αφήστε το εδώ. Το πολύ 2 MB και 500 γραμμές.',
  'participants.import.importHint': 'Διαθέσιμο μόλις το αρχείο ελεγχθεί και βρεθεί χωρίς προβλήματα.',
  'participants.import.validTitle': 'Το αρχείο δεν έχει προβλήματα',
  'participants.import.validCount':
    '{count, plural, one {Η εισαγωγή του καταγράφει # συμμετέχοντα.} other {Η εισαγωγή του καταγράφει # συμμετέχοντες.}}',
  'participants.import.previewCaption': 'Οι συμμετέχοντες που καταγράφει το αρχείο',
  'participants.import.doneTitle': 'Η εισαγωγή ολοκληρώθηκε',
  'participants.import.doneCount': '{count, plural, one {Καταγράφηκε # συμμετέχων/συμμετέχουσα.} other {Καταγράφηκαν # συμμετέχοντες.}}',
};
