import type { AboutKey } from './about-en';

export const aboutEs: Record<AboutKey, string> = {
  'about.title': 'Cómo se protegen las cifras',
  'about.intro':
    'Las mesas redondas son reuniones pequeñas: un recuento de dos o tres personas podría señalar a alguien. Por eso las entidades financiadoras y el público, que consultan el panel sin trabajar con los registros, ven una publicación protegida de las cifras sobre personas. Los demás roles ven los recuentos tal como se registraron.',
  'about.publishedTitle': 'Qué se publica',
  'about.published':
    'Los recuentos de personas (participantes, su modalidad de asistencia, las categorías de actores, los desgloses de participantes) se publican para cada región y para todas las regiones juntas, para cada periodo de informe (el proyecto completo y cada año) y para todas las mesas redondas.',
  'about.notPublished':
    'Todo lo demás no se publica: recuentos de personas por mesa redonda, por formato, para fechas distintas de un periodo de informe, o una parte de una parte (como personas recién llegadas por género). Por eso las entidades financiadoras y el público eligen en los filtros un periodo de informe en lugar de fechas.',
  'about.withheldTitle': 'Qué se retiene',
  'about.small': 'Se retiene todo recuento de menos de 5 personas, y también un intervalo que podría ser de menos de 5.',
  'about.protect':
    'Se retienen además otras cifras suficientes para que ninguna combinación de cifras publicadas devuelva un recuento retenido: ni dos periodos que se solapan (un año frente al proyecto completo), ni todas las regiones menos una, ni un total menos sus otras partes, ni una proporción por un total, ni las descargas puestas una junto a otra.',
  'about.readingTitle': 'Cómo se lee una cifra retenida',
  'about.reading':
    'Una cifra retenida nunca se muestra como 0 ni como desconocida. Aparece con su motivo, en el panel, sus tablas, el informe y todas las descargas:',
  'about.trueTitle': 'Lo que se muestra es lo que se registró',
  'about.true':
    'Cada cifra mostrada es igual a lo que se registró o publicó: nada se redondea, se desplaza ni se inventa para protegerla; en su lugar, se retiene. Un intervalo sigue siendo un intervalo y una cifra desconocida se marca como desconocida.',
  'about.downloads':
    'En los archivos CSV y de hoja de cálculo un recuento retenido es una celda vacía, nunca 0, y una columna nombra cada recuento retenido de la fila con su motivo; el archivo IATI da el motivo de cada valor retenido. La misma cifra tiene el mismo valor y el mismo motivo en el panel, la API y cada archivo.',
  'about.rolesTitle': 'Quién ve qué',
  'about.roles':
    'Administración, coordinación regional, análisis y evaluación ven los recuentos tal como se registraron. Las entidades financiadoras y quien no ha iniciado sesión ven la publicación protegida, y nunca los registros de participantes ni las notas de texto libre.',
  'about.back': 'Volver al resumen',
  'publication.behind':
    'Recuentos de personas a fecha de {asOf}. Los registros modificados desde entonces se están publicando; las cifras se actualizarán solas.',
  'publication.caughtUp': 'Cifras actualizadas: recuentos de personas a fecha de {asOf}.',
};
