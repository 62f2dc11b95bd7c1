// Texts of the Organisations page and of the dialog that records an organisation, which the
// roundtable form opens too; loaded with them rather than with the first view. Every other
// language must translate each key (the type checks it).
export const organisationsEn = {
  'organisations.title': 'Organisations',
  'organisations.intro':
    'The organisations that organise or take part in the platforms’ roundtables. Administrators record and change any of them; a regional coordinator those of its own regions. Every change is kept in its history, and a deleted organisation can be restored.',
  'organisations.listTitle': 'Find an organisation',
  'organisations.listCaption': 'Organisations',
  'organisations.file': 'organisations',
  'organisations.search': 'Search by name',
  'organisations.everyRegion': 'Every region',
  'organisations.everyCategory': 'Every category',
  'organisations.acrossRegions': 'Works across regions',

  'organisations.addAction': 'Add an organisation',
  'organisations.notInList': 'Not in the list? Record it in {region} and choose it as organiser.',
  'organisations.addTitle': 'Add an organisation',
  'organisations.editTitle': 'Change {name}',
  'organisations.add': 'Add the organisation',
  'organisations.saveChanges': 'Save the changes',
  'organisations.saving': 'Saving…',
  'organisations.cancel': 'Cancel',
  'organisations.close': 'Close',
  'organisations.notSaved': 'The organisation was not saved. Try again.',
  'organisations.stale':
    'Someone changed this organisation while you were looking at it (it is at version {version} now). Reload it to see their changes, then make yours again.',

  'organisations.field.name': 'Name',
  'organisations.field.nameHint': 'The name people know it by; at most {max} characters.',
  'organisations.field.nameTooShort': 'Write its name: at least 2 characters.',
  'organisations.field.category': 'Stakeholder category',
  'organisations.field.chooseCategory': 'Choose a category',
  'organisations.field.categoryMissing': 'Choose its stakeholder category.',
  'organisations.field.region': 'Region',
  'organisations.field.regionFixed': 'It is recorded in {region}, the roundtable’s region.',
  'organisations.field.migrantLed': 'Migrant- or refugee-led',
  'organisations.yes': 'Yes',
  'organisations.no': 'No',
  'organisations.notKnown': 'Not known',

  'organisations.column.slug': 'Key',
  'organisations.column.actions': 'Actions',
  'organisations.edit': 'Change',
  'organisations.delete': 'Delete',
  'organisations.deleteTitle': 'Delete {name}?',
  'organisations.deleteQuestion':
    'Roundtables and participants that name {name} keep it, shown as an organisation since deleted, until it is restored. Its history is kept.',
  'organisations.deleteConfirm': 'Delete the organisation',
  'organisations.deleting': 'Deleting…',
  'organisations.historyTitle': 'History of {name}',
  'organisations.deletedTitle': 'Deleted organisations',
  'organisations.deletedNone': 'No organisation you may see has been deleted.',

  'organisations.added': '{name} recorded.',
  'organisations.saved': 'Changes to {name} saved.',
  'organisations.deleted': '{name} deleted. It can be restored from the deleted organisations below.',
  'organisations.restored': '{name} restored.',
} as const;

export type OrganisationsKey = keyof typeof organisationsEn;
