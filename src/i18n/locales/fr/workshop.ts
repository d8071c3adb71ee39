/** The mission workshop (?mode=workshop): a page of forms where teachers write their own missions. */
export const workshop = {
  'workshop.title': 'L’atelier de missions',
  'workshop.intro':
    'Écrivez votre propre mission à partir d’une mission du jeu ou d’un modèle vierge. Chaque texte s’écrit en français et en anglais. La mission est vérifiée pendant que vous tapez, comme le jeu la vérifierait.',
  'workshop.loading': 'Chargement de l’atelier…',
  'workshop.loadFailed': 'L’atelier n’a pas pu charger les missions du jeu ({status}). Rechargez la page.',
  'workshop.backToGame': 'Retour au jeu',
  'workshop.language': 'English version',
  'workshop.start.heading': 'Commencer',
  'workshop.start.copy': 'Copier une mission du jeu',
  'workshop.start.mission': 'Mission à copier',
  'workshop.start.copyButton': 'Copier cette mission',
  'workshop.start.blank': 'Partir du modèle vierge',
  'workshop.start.blankNote': 'Une mission minimale et valide, à compléter.',
  'workshop.start.resume': 'Reprendre le brouillon «\u00a0{title}\u00a0»',
  'workshop.start.resumeNote': 'Un brouillon enregistré dans ce navigateur vous attend.',
  'workshop.start.import': 'Ouvrir un fichier .json',
  'workshop.draft.untitled': 'sans titre',
  'workshop.toolbar.label': 'Actions sur le brouillon',
  'workshop.toolbar.form': 'Formulaire',
  'workshop.toolbar.raw': 'JSON brut',
  'workshop.toolbar.views': 'Vue',
  'workshop.toolbar.export': 'Exporter le fichier .json',
  'workshop.toolbar.import': 'Importer un fichier .json',
  'workshop.toolbar.new': 'Nouvelle mission',
  'workshop.confirmReplace':
    'Votre brouillon a des modifications non exportées. Le remplacer quand même\u00a0? (Exportez-le d’abord pour le garder.)',
  'workshop.leave': 'Votre brouillon a des modifications non exportées.',
  'workshop.status.saved': 'Brouillon enregistré dans ce navigateur.',
  'workshop.status.saveFailed':
    'Ce navigateur n’enregistre pas le brouillon (stockage plein ou bloqué)\u00a0: exportez le fichier pour ne pas le perdre.',
  'workshop.status.exported': 'Fichier {file} exporté.',
  'workshop.status.imported': 'Fichier {file} importé.',
  'workshop.import.refused': 'Fichier refusé\u00a0: {reason} Votre brouillon n’a pas changé.',
  'workshop.import.unreadable': 'il est vide ou illisible.',
  'workshop.import.tooBig': 'il est trop gros pour une mission (plus de {size}\u00a0ko).',
  'workshop.import.notJson': 'ce n’est pas du JSON valide (ligne {line}, colonne {column}).',
  'workshop.import.notMission':
    'ce n’est pas une mission (il lui faut au moins un «\u00a0id\u00a0» et un «\u00a0title\u00a0»).',
  'workshop.problems.heading': 'Vérification',
  'workshop.problems.none': 'Aucun problème\u00a0: la mission passe la vérification du jeu.',
  'workshop.problems.one': '1 problème à corriger',
  'workshop.problems.many': '{n} problèmes à corriger',
  'workshop.problems.path': 'Emplacement JSON\u00a0: {path}',
  'workshop.problems.elsewhere': 'Ailleurs dans le jeu',
  'workshop.form.heading': 'La mission',
  'workshop.raw.label': 'La mission en JSON',
  'workshop.raw.help':
    'Pour les réglages que le formulaire ne montre pas. Le formulaire reprend vos changements dès que le JSON est valide.',
  'workshop.raw.valid': 'JSON valide.',
  'workshop.raw.invalid':
    'JSON invalide, ligne {line}, colonne {column}\u00a0: corrigez-le pour que la mission soit reprise.',
  'workshop.text.fr': 'Français',
  'workshop.text.en': 'English',
  'workshop.select.none': '— aucun —',
  'workshop.array.add': 'Ajouter {item}',
  'workshop.array.remove': 'Supprimer {item}',
  'workshop.array.up': 'Monter {item}',
  'workshop.array.down': 'Descendre {item}',
  'workshop.array.empty': 'Aucun élément pour l’instant.',
  'workshop.item.question': 'la question {n}',
  'workshop.item.constraint': 'la contrainte {n}',
  'workshop.item.need': 'le besoin {n}',
  'workshop.item.objective': 'l’objectif {n}',
  'workshop.item.card': 'la carte {n}',
  'workshop.item.finding': 'le constat {n}',
  'workshop.item.value': 'la valeur {n}',
  'workshop.role.intro': 'Introduction',
  'workshop.role.learn': 'Apprentissage',
  'workshop.role.assess': 'Évaluation',
  // The raw view's code editor and the balance test (src/workshop/rawView.ts, balancePanel.ts).
  'workshop.raw.keys':
    'Tab quitte l’éditeur (il n’insère pas de tabulation)\u00a0; F8 va à l’erreur JSON suivante.',
  'workshop.balance.heading': 'Équilibre',
  'workshop.balance.help':
    'Le robot d’équilibrage joue votre mission de plusieurs façons (au hasard, avec des recettes toutes faites, en cherchant le meilleur plan)\u00a0: il dit si trois étoiles sont atteignables et si une recette unique la gagne.',
  'workshop.balance.run': 'Tester l’équilibre',
  'workshop.balance.blocked':
    'Corrigez d’abord les problèmes de la mission\u00a0: le robot ne joue qu’une mission valide.',
  'workshop.balance.busy': 'Le robot joue déjà la mission.',
  'workshop.balance.progress': 'Avancement du test',
  'workshop.balance.running': 'Le robot joue la mission… {percent}\u00a0%',
  'workshop.balance.threeStars':
    'Trois étoiles sont atteignables\u00a0: le meilleur jeu du robot obtient {score} points.',
  'workshop.balance.notThreeStars':
    'Trois étoiles ne sont pas atteignables\u00a0: le meilleur jeu du robot s’arrête à {stars} sur 3 ({score} points). Donnez plus de moyens (budget, semaines) ou des cartes qui répondent mieux aux besoins.',
  'workshop.balance.noRecipe':
    'Aucune recette toute faite ne gagne\u00a0: aucune n’obtient 2 étoiles ou plus sur la plupart des tirages.',
  'workshop.balance.recipeWins':
    'Une recette toute faite gagne la mission\u00a0: {recipe} obtient 2 étoiles ou plus sur la plupart des tirages. Faites que le besoin et les contraintes demandent autre chose.',
  'workshop.balance.recipesWin':
    'Des recettes toutes faites gagnent la mission (2 étoiles ou plus sur la plupart des tirages)\u00a0: {recipes}. Faites que le besoin et les contraintes demandent autre chose.',
  'workshop.balance.random':
    'Jouer au hasard rapporte en moyenne {mean} {mean|étoile|étoiles} sur 3 (il faut moins de 1).',
  'workshop.balance.randomHigh':
    'Jouer au hasard rapporte en moyenne {mean} {mean|étoile|étoiles} sur 3\u00a0: c’est trop, la mission doit demander de réfléchir (il faut moins de 1).',
  'workshop.balance.done': 'Test fait sur {games} parties en {seconds}\u00a0s.',
  'workshop.balance.stale': 'La mission a changé depuis ce test\u00a0: relancez-le pour un verdict à jour.',
  'workshop.balance.failed':
    'Le test n’a pas pu aller au bout ({reason}). Relancez-le, ou rechargez la page.',
  'workshop.balance.recipe.moocForum': '«\u00a0MOOC avec forum, animation et tutorat\u00a0»',
  'workshop.balance.recipe.seriousGame':
    '«\u00a0serious game avec moteur de jeu, game designer et développeur·euse\u00a0»',
  'workshop.balance.recipe.moduleScorm':
    '«\u00a0module interactif SCORM avec expert et intégrateur LMS\u00a0»',
  'workshop.balance.recipe.webinarLive': '«\u00a0webinaire en direct avec sondages\u00a0»',
  'workshop.balance.recipe.videoFirst': '«\u00a0tout en vidéo avec vidéaste et graphiste\u00a0»',
  'workshop.balance.recipe.cheapWeb': '«\u00a0petit site web fait maison\u00a0»',
  'workshop.balance.storyboard.wholeDeck': '«\u00a0toutes les cartes dans l’ordre du paquet\u00a0»',
  'workshop.balance.storyboard.byType': '«\u00a0les cartes rangées par type d’activité\u00a0»',
  'workshop.balance.storyboard.template': '«\u00a0le même modèle de scénario partout\u00a0»',
  'workshop.balance.storyboard.shortFirst': '«\u00a0les cartes les plus courtes d’abord\u00a0»',
};
