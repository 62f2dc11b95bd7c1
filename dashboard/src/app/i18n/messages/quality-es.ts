import type { QualityKey } from './quality-en';

export const qualityEs: Record<QualityKey, string> = {
  'quality.title': 'Calidad de los datos',
  'quality.intro':
    'Lo que espera revisión, los avisos de las reglas de validación, las cifras alejadas de lo habitual y lo completos que están los registros de cada región. Cada lista se pagina, se ordena y se puede descargar entera.',
  'quality.notAllowed':
    'La calidad de los datos es para administradores, evaluadores, analistas y coordinadores (de sus propias regiones). Inicie sesión con una de esas cuentas.',
  'quality.contents': 'En esta página',

  'quality.table.rows': 'Filas {from}–{to} de {total}',
  'quality.table.none': 'No hay nada que mostrar con estos filtros.',
  'quality.table.previous': 'Página anterior',
  'quality.table.next': 'Página siguiente',
  'quality.table.pageSize': 'Filas por página',
  'quality.table.sortBy': 'Ordenar por {column}',
  'quality.table.sortedAscending': 'orden ascendente',
  'quality.table.sortedDescending': 'orden descendente',
  'quality.table.csv': 'Descargar todo (CSV)',
  'quality.table.xlsx': 'Descargar todo (XLSX)',
  'quality.table.exporting': 'Preparando el archivo: {done} de {total} filas…',
  'quality.table.exportFailed': 'No se pudo crear el archivo: {message}',

  'quality.review.title': 'Registros por estado de revisión',
  'quality.review.intro': 'Mesas redondas en los estados de revisión elegidos, en las regiones que puede ver.',
  'quality.review.states': 'Estados de revisión mostrados',
  'quality.review.column.state': 'Estado de revisión',
  'quality.review.column.submittedAt': 'Enviada',
  'quality.review.column.comment': 'Comentario de la revisión',
  'quality.review.notSubmitted': 'no enviada',
  'quality.review.submittedUnknown': 'no se sabe',
  'quality.review.file': 'mesas-por-estado-de-revision',
};
