/** Missions from the workshop in the game: a teacher's session of them, a pupil's share link, a preview. */
export const custom = {
  'custom.refused.unreadable':
    'Ce lien ou ce fichier ne contient pas de missions lisibles. Demandez-en un nouveau.',
  'custom.refused.notMissions': 'Ce fichier ne contient aucune mission de l’atelier.',
  'custom.refused.tooMany': 'Une séance compte au plus 4\u00a0missions\u00a0: retirez-en avant d’en ajouter.',
  'custom.refused.notJson': 'Ce fichier n’est pas un fichier de mission (.json) de l’atelier.',
  'custom.refused.offline':
    'Les missions de l’atelier n’ont pas pu être vérifiées ({status}). Vérifiez la connexion, puis rechargez la page.',
  'custom.refused.problems':
    'La mission «\u00a0{title}\u00a0» ne passe pas la vérification du jeu ({n}\u00a0{n|problème|problèmes}). Premier problème\u00a0: {first} Ouvrez-la dans l’atelier pour la corriger.',
  'custom.untitled': 'n°\u00a0{n}',
  'custom.pupil.heading': 'Cette séance joue des missions de l’atelier',
  'custom.pupil.missing':
    'Les missions ne sont pas arrivées avec ce lien. Ouvrez le lien complet envoyé par votre enseignant·e, ou le fichier des missions qu’il ou elle vous a donné.',
  'custom.pupil.otherSession':
    'Ces missions ne sont pas celles de cette séance. Ouvrez le lien complet de votre enseignant·e, ou le bon fichier des missions.',
  'custom.pupil.openFile': 'Ouvrir le fichier des missions',
  'custom.teacher.button': 'Missions de l’atelier',
  'custom.teacher.intro':
    'Ajoutez les fichiers .json écrits dans l’atelier (4\u00a0au plus). Le jeu les vérifie, puis les propose comme parcours «\u00a0Missions de l’atelier\u00a0».',
  'custom.teacher.some': 'Proposées maintenant\u00a0: {titles}.',
  'custom.teacher.refused': 'Les missions gardées ici sont refusées\u00a0: {reason}',
  'custom.teacher.import': 'Ajouter des fichiers de missions',
  'custom.teacher.drop': 'Retirer les missions de l’atelier',
  'custom.teacher.workshop': 'Écrire une mission dans l’atelier',
  'custom.teacher.refusedTitle': 'Missions refusées',
  'custom.teacher.nothingChanged': 'Rien n’a changé.',
  'custom.teacher.close': 'Fermer',
  'custom.teacher.plan':
    '{n}\u00a0{n|mission de l’atelier. Elle voyage avec le lien complet ou son fichier|missions de l’atelier. Elles voyagent avec le lien complet ou leur fichier}\u00a0: «\u00a0Garder les résultats\u00a0», ici ou dans le bilan de la classe.',
  'custom.share.link': 'Copier le lien complet des élèves',
  'custom.share.copied':
    'Lien copié ({n}\u00a0caractères)\u00a0: envoyez-le aux élèves par l’ENT ou la messagerie.',
  'custom.share.copyFailed': 'Le lien n’a pas pu être copié\u00a0: donnez plutôt le fichier des missions.',
  'custom.share.file': 'Fichier des missions pour les élèves',
  'custom.share.fileName': 'missions-seance-{code}.json',
  'preview.backToWorkshop': 'Retour à l’atelier',
  'preview.nothing': 'Aucune mission à essayer\u00a0: lancez l’essai depuis l’atelier.',
  'custom.play.preview': 'Essayer dans le jeu',
  'custom.play.share': 'Proposer à une classe',
  'custom.play.blocked': 'Corrigez d’abord les problèmes de la vérification.',
  'custom.share.open': 'Partager les missions avec les élèves',
  'custom.share.intro':
    'Les élèves reçoivent les missions avec le lien complet (à envoyer par l’ENT ou la messagerie) ou avec leur fichier. Le QR code seul mène à la séance, qui leur demande alors ce fichier.',
};
