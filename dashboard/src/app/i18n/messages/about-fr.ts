import type { AboutKey } from './about-en';

export const aboutFr: Record<AboutKey, string> = {
  'about.title': 'Comment les chiffres sont protégés',
  'about.intro':
    'Les tables rondes sont de petites réunions : un effectif de deux ou trois personnes pourrait désigner quelqu’un. C’est pourquoi les bailleurs de fonds et le public, qui consultent le tableau de bord sans travailler sur les enregistrements, voient une publication protégée des chiffres concernant des personnes. Les autres rôles voient les effectifs tels qu’ils ont été enregistrés.',
  'about.publishedTitle': 'Ce qui est publié',
  'about.published':
    'Les effectifs de personnes (participants, modalité de participation, catégories d’acteurs, ventilations des participants) sont publiés pour chaque région et pour l’ensemble des régions, pour chaque période de rapport (l’ensemble du projet et chaque année) et pour l’ensemble des tables rondes.',
  'about.notPublished':
    'Rien d’autre n’est publié : ni les effectifs de personnes par table ronde, par modalité ou sur d’autres dates qu’une période de rapport, ni la partie d’une partie (comme les personnes nouvellement arrivées par genre). C’est pourquoi les bailleurs de fonds et le public choisissent une période de rapport dans les filtres plutôt que des dates.',
  'about.withheldTitle': 'Ce qui n’est pas diffusé',
  'about.small': 'Un effectif de moins de 5 personnes n’est pas diffusé, pas plus qu’une fourchette qui pourrait être inférieure à 5.',
  'about.protect':
    'Ne sont pas diffusés non plus suffisamment d’autres chiffres pour qu’aucune combinaison de chiffres publiés ne permette de retrouver un effectif non diffusé : ni deux périodes qui se chevauchent (une année face à l’ensemble du projet), ni toutes les régions sauf une, ni un total moins ses autres parties, ni une part multipliée par un total, ni les téléchargements mis côte à côte.',
  'about.readingTitle': 'Comment se lit un chiffre non diffusé',
  'about.reading':
    'Un chiffre non diffusé n’est jamais affiché comme 0 ni comme inconnu. Il apparaît avec sa raison, dans le tableau de bord, ses tableaux, le rapport et chaque téléchargement :',
  'about.trueTitle': 'Ce qui est affiché est ce qui a été enregistré',
  'about.true':
    'Chaque chiffre affiché est égal à ce qui a été enregistré ou publié : rien n’est arrondi, décalé ou inventé pour le protéger ; il n’est simplement pas diffusé. Une fourchette reste une fourchette, et un chiffre inconnu est signalé comme inconnu.',
  'about.downloads':
    'Dans les fichiers CSV et les tableurs, un effectif non diffusé est une cellule vide, jamais 0, et une colonne nomme chaque effectif non diffusé de la ligne avec sa raison ; le fichier IATI indique la raison de chaque valeur non diffusée. Un même chiffre a la même valeur et la même raison dans le tableau de bord, l’API et chaque fichier.',
  'about.rolesTitle': 'Qui voit quoi',
  'about.roles':
    'Les administrateurs, les coordinateurs régionaux, les analystes et les évaluateurs voient les effectifs tels qu’ils ont été enregistrés. Les bailleurs de fonds et toute personne non connectée voient la publication protégée, et jamais les fiches des participants ni les notes en texte libre.',
  'about.back': 'Retour à la vue d’ensemble',
  'publication.behind':
    'Effectifs au {asOf}. Les fiches modifiées depuis sont en cours de publication ; les chiffres se mettront à jour d’eux-mêmes.',
  'publication.caughtUp': 'Chiffres mis à jour : effectifs au {asOf}.',
};
