/**
 * The checks of levels/ (src/content) said to a teacher, with what to do: src/workshop/problemMessages.ts
 * matches each of their English messages to one of these.
 */
export const workshopCheck = {
  'draftCheck.empty': 'Ce texte est vide\u00a0: écrivez-le.',
  'draftCheck.slug':
    'Écrivez un identifiant en minuscules, chiffres et tirets (par exemple «\u00a0ma-mission\u00a0»).',
  'draftCheck.factId': 'Choisissez un fait par son identifiant (par exemple F07).',
  'draftCheck.mixSum': 'Les parts doivent faire 1 en tout\u00a0: ajustez-les.',
  'draftCheck.notPositive': 'Mettez 0 ou un nombre négatif.',
  'draftCheck.languageKey':
    'Chaque texte n’a que des langues (fr, en…)\u00a0: retirez l’autre clé dans le JSON brut.',
  'draftCheck.invalidJson': 'Le JSON est invalide\u00a0: corrigez-le dans la vue JSON brut.',
  'draftCheck.duplicateId':
    'L’identifiant «\u00a0{id}\u00a0» est déjà pris ({where})\u00a0: choisissez-en un autre.',
  'draftCheck.unknownRecruiter':
    'Le type d’employeur «\u00a0{id}\u00a0» n’existe pas\u00a0: choisissez-en un dans la liste.',
  'draftCheck.unknownRank': 'Le rang «\u00a0{id}\u00a0» n’existe pas\u00a0: choisissez-en un dans la liste.',
  'draftCheck.unknownFormat':
    'Le format «\u00a0{id}\u00a0» n’existe pas\u00a0: cochez des formats de la liste.',
  'draftCheck.unknownTag':
    'Rien dans le jeu n’apporte «\u00a0{id}\u00a0»\u00a0: choisissez ce qu’il faut apporter dans la liste.',
  'draftCheck.unknownConstraint':
    'La contrainte «\u00a0{id}\u00a0» n’existe pas\u00a0: écrivez l’identifiant d’une contrainte cachée de la mission.',
  'draftCheck.unrevealed':
    'Aucune question ne révèle la contrainte «\u00a0{id}\u00a0»\u00a0: ajoutez une question qui la révèle.',
  'draftCheck.noNeed':
    'Aucun besoin ne vient de la contrainte «\u00a0{id}\u00a0»\u00a0: donnez-la comme origine d’un besoin.',
  'draftCheck.unknownEvent':
    'L’événement «\u00a0{id}\u00a0» n’existe pas\u00a0: cochez des événements de la liste.',
  'draftCheck.eventPool':
    'La mission tire {count} {count|événement|événements} parmi {pool}\u00a0: tirez-en moins ou cochez-en plus.',
  'draftCheck.questionPool':
    'La mission permet {count} {count|question|questions} mais n’en a que {listed}\u00a0: baissez le nombre ou ajoutez des questions.',
  'draftCheck.duplicateItem':
    'Deux éléments ont l’identifiant «\u00a0{id}\u00a0»\u00a0: donnez-leur des identifiants différents.',
  'draftCheck.unknownObjective':
    'L’objectif «\u00a0{id}\u00a0» n’existe pas\u00a0: écrivez l’identifiant d’un objectif de la mission.',
  'draftCheck.assessNeedsObjectives':
    'Une carte d’évaluation doit nommer les objectifs qu’elle évalue\u00a0: ajoutez-en.',
  'draftCheck.oneIntro':
    'Il faut exactement une carte d’introduction (il y en a {count})\u00a0: réglez le rôle des cartes.',
  'draftCheck.twoObservable':
    'Il faut au moins deux objectifs observables\u00a0: cochez «\u00a0Observable\u00a0» ou ajoutez-en.',
  'draftCheck.oneVague':
    'Il faut au moins un objectif vague, pour que le choix puisse être faux\u00a0: décochez «\u00a0Observable\u00a0» sur l’un d’eux.',
  'draftCheck.unassessed':
    'Aucune carte d’évaluation n’évalue «\u00a0{id}\u00a0»\u00a0: ajoutez-le aux objectifs d’une carte d’évaluation.',
  'draftCheck.unserved':
    'Aucune carte d’apprentissage ne sert «\u00a0{id}\u00a0»\u00a0: ajoutez-le aux objectifs d’une carte d’apprentissage.',
  'draftCheck.unknownCard':
    'La carte «\u00a0{id}\u00a0» n’existe pas\u00a0: écrivez l’identifiant d’une carte de la mission.',
  'draftCheck.fixCard':
    'La carte «\u00a0{id}\u00a0» doit être une carte d’apprentissage du type «\u00a0{type}\u00a0»\u00a0: changez la carte ou le type.',
  'draftCheck.expressDeck':
    'Une mission express joue au plus {count} {count|carte|cartes}\u00a0: retirez-en.',
  'draftCheck.expressPilot': 'Une mission express n’a pas de pilote\u00a0: retirez les constats.',
  'draftCheck.needsPilot': 'Il faut au moins un constat du pilote\u00a0: ajoutez-en un.',
  'draftCheck.missingLanguage': 'Il manque le texte en «\u00a0{lang}\u00a0»\u00a0: écrivez-le.',
  'draftCheck.noPlaylist': 'La mission «\u00a0{id}\u00a0» n’est dans aucune liste du jeu.',
  'draftCheck.sameLeadFact':
    'Le fait «\u00a0{fact}\u00a0» ouvre déjà la mission «\u00a0{other}\u00a0»\u00a0: mettez un autre fait en premier.',
  'draftCheck.eventNeverDrawn':
    'Plus aucune mission ne tire l’événement «\u00a0{id}\u00a0»\u00a0: gardez-le dans les événements de la mission.',
  'draftCheck.required': 'Ce champ manque\u00a0: remplissez-le.',
  'draftCheck.notNumber': 'Écrivez un nombre.',
  'draftCheck.wholeNumber': 'Écrivez un nombre entier.',
  'draftCheck.atLeast': 'Mettez au moins {n}.',
  'draftCheck.moreThan': 'Mettez un nombre plus grand que {n}.',
  'draftCheck.atMost': 'Mettez au plus {n}.',
  'draftCheck.fewItems': 'Il en faut au moins {n}\u00a0: ajoutez-en.',
  'draftCheck.manyItems': 'Il en faut au plus {n}\u00a0: retirez-en.',
  'draftCheck.pickValue': 'Choisissez une valeur de la liste.',
  'draftCheck.unknownKey': 'Champ inconnu «\u00a0{keys}\u00a0»\u00a0: retirez-le dans la vue JSON brut.',
  'draftCheck.other': 'Le jeu signale\u00a0: {message}',
};
