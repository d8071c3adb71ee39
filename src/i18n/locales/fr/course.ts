/** A class session played as a course in a learning platform (a SCORM package). */
export const course = {
  'course.intro.lms':
    'Vous allez jouer un·e ingénieur·e pédagogique\u00a0: comprendre un besoin, choisir un format, des outils et une équipe. Vos étoiles et vos progrès vont à votre plateforme de formation.',
  'course.intro.browser':
    'Vous allez jouer un·e ingénieur·e pédagogique\u00a0: comprendre un besoin, choisir un format, des outils et une équipe. Aucune plateforme ne suit ce cours\u00a0: vos progrès restent dans ce navigateur.',
  'course.intro.fallback':
    'Vous allez jouer un·e ingénieur·e pédagogique\u00a0: comprendre un besoin, choisir un format, des outils et une équipe. Votre plateforme ne répond pas comme prévu\u00a0: vos progrès restent dans ce navigateur.',
  'course.platform.fallback':
    'Votre plateforme de formation ne répond pas comme prévu\u00a0: vos progrès restent dans ce navigateur.',
};
