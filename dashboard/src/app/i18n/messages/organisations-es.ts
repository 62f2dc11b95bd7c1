import type { OrganisationsKey } from './organisations-en';

export const organisationsEs: Record<OrganisationsKey, string> = {
  'organisations.title': 'Organizaciones',
  'organisations.intro':
    'Las organizaciones que organizan las mesas redondas de las plataformas o participan en ellas. Los administradores registran y modifican cualquiera; cada coordinador regional, las de sus propias regiones. Cada cambio queda en su historial, y una organización eliminada puede restaurarse.',
  'organisations.listTitle': 'Buscar una organización',
  'organisations.listCaption': 'Organizaciones',
  'organisations.file': 'organizaciones',
  'organisations.search': 'Buscar por nombre',
  'organisations.everyRegion': 'Todas las regiones',
  'organisations.everyCategory': 'Todas las categorías',
  'organisations.acrossRegions': 'Trabaja en varias regiones',

  'organisations.addAction': 'Añadir una organización',
  'organisations.notInList': '¿No está en la lista? Regístrela en {region} y elíjala como organizadora.',
  'organisations.addTitle': 'Añadir una organización',
  'organisations.editTitle': 'Modificar {name}',
  'organisations.add': 'Añadir la organización',
  'organisations.saveChanges': 'Guardar los cambios',
  'organisations.saving': 'Guardando…',
  'organisations.cancel': 'Cancelar',
  'organisations.close': 'Cerrar',
  'organisations.notSaved': 'La organización no se ha guardado. Inténtelo de nuevo.',
  'organisations.stale':
    'Otra persona ha modificado esta organización mientras usted la consultaba (ahora está en la versión {version}). Vuelva a cargarla para ver sus cambios y haga de nuevo los suyos.',

  'organisations.field.name': 'Nombre',
  'organisations.field.nameHint': 'El nombre por el que se la conoce; como máximo {max} caracteres.',
  'organisations.field.nameTooShort': 'Escriba su nombre: al menos 2 caracteres.',
  'organisations.field.category': 'Categoría de actor',
  'organisations.field.chooseCategory': 'Elija una categoría',
  'organisations.field.categoryMissing': 'Elija su categoría de actor.',
  'organisations.field.region': 'Región',
  'organisations.field.regionFixed': 'Se registra en {region}, la región de la mesa redonda.',
  'organisations.field.migrantLed': 'Liderada por personas migrantes o refugiadas',
  'organisations.yes': 'Sí',
  'organisations.no': 'No',
  'organisations.notKnown': 'No se sabe',

  'organisations.column.slug': 'Clave',
  'organisations.column.actions': 'Acciones',
  'organisations.edit': 'Modificar',
  'organisations.delete': 'Eliminar',
  'organisations.deleteTitle': '¿Eliminar {name}?',
  'organisations.deleteQuestion':
    'Las mesas redondas y participantes que nombran a {name} la conservan, mostrada como una organización ya eliminada, hasta que se restaure. Su historial se conserva.',
  'organisations.deleteConfirm': 'Eliminar la organización',
  'organisations.deleting': 'Eliminando…',
  'organisations.historyTitle': 'Historial de {name}',
  'organisations.deletedTitle': 'Organizaciones eliminadas',
  'organisations.deletedNone': 'No se ha eliminado ninguna organización que usted pueda ver.',

  'organisations.added': '{name} registrada.',
  'organisations.saved': 'Cambios en {name} guardados.',
  'organisations.deleted': '{name} eliminada. Puede restaurarse desde las organizaciones eliminadas, más abajo.',
  'organisations.restored': '{name} restaurada.',
};
