/** The title screen, its notices and the words every screen shares. */
export const title = {
  'game.title': 'Pédago Studio',
  'game.tagline': 'Dans la peau d’un·e ingénieur·e pédagogique',
  'title.new': 'Nouvelle carrière',
  'title.continue': 'Continuer',
  'title.settings': 'Paramètres',
  'title.confirmTitle': 'Recommencer\u00a0?',
  'title.confirmText': 'Une carrière est en cours. En commencer une nouvelle effacera la sauvegarde.',
  'title.confirmYes': 'Oui, nouvelle carrière',
  'title.confirmNo': 'Annuler',
  'notice.storage-unavailable':
    'Sauvegarde impossible sur cet appareil\u00a0: la partie continue, mais ne sera pas gardée.',
  'notice.save-unreadable':
    'L’ancienne sauvegarde était illisible\u00a0: elle a été mise de côté et une partie neuve commence.',
  'notice.save-migrated': 'Votre sauvegarde a été mise à jour pour cette version du jeu.',
  'notice.language-unavailable':
    'La langue de votre sauvegarde n’est pas dans cette version du jeu\u00a0: il s’affiche dans sa langue par défaut.',
  'notice.dismiss': 'Fermer le message',
  'common.back': 'Retour',
  'title.careerSummary':
    'Dernière carrière\u00a0: {missions} {missions|mission|missions}, {stars} {stars|étoile|étoiles} sur {max}, poste atteint\u00a0: {rank}.',
  'title.review': 'Bilan de carrière',
};
