"""Starter reasons in French (Belgian French), keyed by the English slugs."""

from __future__ import annotations

from apps.content.seeding import lines

REASONS_FR = {
    "location-commute": {
        "title": "Lieu de travail ou trajet",
        "explanation": (
            "L'endroit où se trouve un poste pèse sur chaque journée de travail\u00a0: le trajet, "
            "ce qu'il coûte et le temps qu'il vous laisse pour tout le reste. Un trajet ou un "
            "déménagement qui vous userait à la longue est une raison concrète, que la plupart "
            "des employeurs comprennent tout de suite. Elle ne dit rien du poste ni des "
            "personnes, ce qui la rend facile à évoquer."
        ),
        "phrasings": lines(
            "Le trajet quotidien serait difficile à tenir dans la durée, en plus de mes autres "
            "engagements.",
            "Le poste impliquerait un déménagement, et ce n'est pas un pas que je peux franchir "
            "pour le moment.",
            "Après avoir bien pesé les déplacements, je ne pense pas que le lieu de travail me "
            "conviendrait à long terme.",
            "Je me rends compte que les trajets prendraient sur ma semaine plus de temps et "
            "d'énergie que je ne peux en donner en ce moment.",
        ),
        "phrasings_to_avoid": lines(
            "Le trajet, c'est l'enfer.",
            "Personne de sensé ne se taperait le ring matin et soir.",
            "Vos bureaux sont perdus au milieu de nulle part.",
        ),
    },
    "family-commitments": {
        "title": "Obligations familiales",
        "explanation": (
            "Prendre soin de vos enfants, de votre partenaire ou d'un parent âgé est l'une des "
            "raisons les plus courantes de refuser un poste, et l'une des plus respectées. "
            "Inutile d'entrer dans les détails\u00a0: dire que le poste ne se concilie pas avec "
            "votre vie de famille pour l'instant suffit. Un bon employeur y verra le signe que "
            "vous connaissez vos priorités."
        ),
        "phrasings": lines(
            "Le poste serait difficile à concilier avec mes obligations familiales en ce moment.",
            "Ma situation familiale fait que ce n'est pas le bon moment pour moi de me lancer "
            "dans un tel changement.",
            "Après avoir réfléchi à ce que le poste demanderait de mon temps, je souhaite rester "
            "pleinement disponible pour ma famille à cette période de ma vie.",
        ),
        "phrasings_to_avoid": lines(
            "Avec les enfants, c'est pas possible.",
            "Vos horaires, c'est pas fait pour les gens qui ont une famille.",
            "À la maison, on ne veut pas que j'accepte.",
        ),
    },
    "compensation": {
        "title": "Rémunération",
        "explanation": (
            "Le salaire est une raison tout à fait légitime de refuser, et le dire est plus utile "
            "à l'employeur qu'une excuse vague. L'essentiel est de parler de ce que vous "
            "recherchez plutôt que de ce qui ne va pas dans son offre. Le ton reste respectueux, "
            "et l'employeur sait exactement ce qui pourrait faire bouger les choses plus tard."
        ),
        "phrasings": lines(
            "À ce stade de ma carrière, je recherche un niveau de rémunération plus élevé.",
            "Après avoir examiné l'ensemble du package, je constate qu'il ne correspond pas tout "
            "à fait à ce que je recherche en ce moment.",
            "Je vous le dis en toute transparence\u00a0: c'est le package qui a fait pencher la "
            "balance, même si le poste en lui-même m'attirait beaucoup.",
            "Je recherche un package qui reflète un peu mieux mon expérience.",
        ),
        "phrasings_to_avoid": lines(
            "Sans voiture de société, c'est même pas la peine d'en parler.",
            "Je peux gagner bien plus ailleurs.",
            "Franchement, à ce salaire-là, c'est du vol.",
        ),
    },
    "personal-circumstances": {
        "title": "Raisons personnelles ou de santé",
        "explanation": (
            "Parfois, la vraie raison relève de la vie privée, comme votre santé ou celle d'un "
            "proche. Vous avez le droit de garder les détails pour vous\u00a0: «\u00a0raisons "
            "personnelles\u00a0» est une réponse honnête et complète, et un employeur attentionné "
            "n'insistera pas. Dire non maintenant est souvent plus juste pour tout le monde que "
            "d'accepter un poste auquel vous ne pourriez pas vous consacrer pleinement."
        ),
        "phrasings": lines(
            "Pour des raisons personnelles, ce n'est pas le bon moment pour moi de prendre un "
            "nouveau poste.",
            "Ma situation personnelle a changé, et j'ai besoin de stabilité pendant un certain "
            "temps.",
            "Certaines choses dans ma vie privée demandent toute mon attention en ce moment, et "
            "j'ai donc décidé de ne pas donner suite.",
            "Je préfère ne pas entrer dans les détails, mais ma situation ne me permet pas "
            "d'accorder à ce poste l'attention qu'il mérite pour l'instant.",
        ),
        "phrasings_to_avoid": lines(
            "Franchement, je suis à bout en ce moment.",
            "À la maison, c'est la catastrophe pour l'instant.",
            "Mon médecin dit que je ne tiendrais pas le coup.",
        ),
    },
    "work-life-balance": {
        "title": "Équilibre entre vie professionnelle et vie privée",
        "explanation": (
            "Vous n'êtes pas la seule personne à y attacher de l'importance\u00a0: dans l'enquête "
            "salariale 2025 d'un cabinet de recrutement en Belgique, 31\u00a0% des professionnels "
            "qui envisageaient de changer d'emploi citaient l'équilibre entre vie professionnelle "
            "et vie privée parmi leurs raisons. Protéger votre temps et votre énergie n'est pas "
            "un manque d'engagement\u00a0; c'est ce qui vous permet de bien faire votre travail "
            "au fil des années. Décrivez l'équilibre que vous souhaitez préserver plutôt que de "
            "vous plaindre des horaires."
        ),
        "phrasings": lines(
            "Garder un équilibre durable entre mon travail et le reste de ma vie compte beaucoup "
            "pour moi en ce moment.",
            "Quand je regarde honnêtement ce que le poste demanderait de mon temps, je ne pense "
            "pas pouvoir garder l'équilibre qui me permet de donner le meilleur de moi-même.",
            "Je tiens à préserver l'équilibre que j'ai trouvé entre le travail et la maison, et "
            "ce poste le bousculerait plus que je ne le souhaite pour l'instant.",
            "Je travaille au mieux quand je peux vraiment décrocher le soir, et c'est quelque "
            "chose que je veux protéger.",
        ),
        "phrasings_to_avoid": lines(
            "Ces horaires, c'est n'importe quoi.",
            "Je ne vais pas me tuer à la tâche pour ça.",
            "J'ai pas envie de bosser autant.",
        ),
    },
    "specialist-not-manager": {
        "title": "Rester dans l'expertise plutôt que diriger une équipe",
        "explanation": (
            "Beaucoup d'excellents spécialistes n'ont aucune envie de diriger une équipe, et bien "
            "se connaître sur ce point est une force. Encadrer des personnes est un autre métier, "
            "pas simplement l'échelon suivant. Dire que vous voulez approfondir votre expertise "
            "montre que vous voyez clairement où vous apportez le plus, ce qui est tout le "
            "contraire d'un manque d'ambition."
        ),
        "phrasings": lines(
            "Je donne le meilleur de moi-même en tant que spécialiste, dans le concret du métier, "
            "et je préfère approfondir cette expertise plutôt que de passer maintenant à la "
            "gestion d'une équipe.",
            "Ce qui me plaît le plus, c'est le côté spécialisé de mon travail, et c'est là que je "
            "veux continuer à progresser.",
            "Je me suis demandé où je suis le plus utile à l'équipe, et je crois que c'est dans "
            "mon domaine d'expertise plutôt que dans la gestion des personnes.",
            "Je préfère exceller dans mon domaine plutôt que diriger une équipe à contrecœur.",
        ),
        "phrasings_to_avoid": lines(
            "Gérer des gens, très peu pour moi.",
            "Je n'ai aucune envie de jouer la nounou pour toute une équipe.",
            "L'humain, c'est pas mon truc.",
        ),
    },
    "career-direction": {
        "title": "Orientation de carrière à long terme",
        "explanation": (
            "Un bon poste peut quand même être la mauvaise prochaine étape. S'il devait vous "
            "éloigner des compétences, du secteur ou du type de travail vers lesquels vous "
            "construisez votre parcours, dire non montre une vision claire de votre carrière, pas "
            "de l'indécision. Il n'existe pas de liste figée de bonnes ou de mauvaises "
            "raisons\u00a0: ce qui compte, c'est que votre choix suive vos propres objectifs et "
            "vos valeurs."
        ),
        "phrasings": lines(
            "Après mûre réflexion, je ne pense pas que ce poste corresponde à l'orientation que "
            "je veux donner à ma carrière dans les prochaines années.",
            "Je m'attache à développer mon expérience dans un domaine précis, et ce poste "
            "m'emmènerait dans une autre direction.",
            "Je vois assez clairement où je veux être dans quelques années, et je ne crois pas "
            "que cette étape m'y mènerait.",
        ),
        "phrasings_to_avoid": lines(
            "Ce poste, c'est une voie de garage.",
            "Ça ne mène nulle part.",
            "Je vise plus haut que ça.",
        ),
    },
    "content-in-current-role": {
        "title": "Se plaire dans sa fonction actuelle",
        "explanation": (
            "Se sentir bien là où l'on est constitue une raison à part entière. Vous apprenez "
            "peut-être encore, vous appréciez le travail et les collègues, ou vous n'avez pas "
            "fini ce que vous aviez entrepris. Pour une promotion, le dire montre que vous tenez "
            "à ce que vous avez et que vous savez ce qui vous convient, ce qui n'a rien à voir "
            "avec un manque d'ambition."
        ),
        "phrasings": lines(
            "Je me plais dans ma fonction actuelle, et j'ai le sentiment d'avoir encore beaucoup "
            "à y apprendre et à y apporter.",
            "Je me rends compte que je me sens bien là où je suis, et je veux laisser plus de "
            "temps à mon travail actuel.",
            "Il y a dans ma fonction actuelle des projets que je veux mener à bien avant "
            "d'envisager un changement.",
        ),
        "phrasings_to_avoid": lines(
            "Changer, franchement, ça me saoule.",
            "Plus de responsabilités\u00a0? Pour quoi faire\u00a0?",
            "On est bien, là, pourquoi bouger\u00a0?",
        ),
    },
    "accepted-another-offer": {
        "title": "Une autre offre acceptée",
        "explanation": (
            "Les recherches d'emploi se mènent souvent en parallèle, et il arrive qu'une autre "
            "offre corresponde mieux à votre situation. Le dire tôt et simplement est ce que vous "
            "pouvez faire de plus respectueux, car l'employeur peut alors se tourner vers "
            "d'autres candidats. Inutile de nommer l'autre organisation ou de comparer les deux "
            "offres."
        ),
        "phrasings": lines(
            "Je viens d'accepter une autre offre, qui correspond mieux à ma situation actuelle.",
            "Mon choix s'est porté sur un autre poste, et cette décision n'a pas été facile, car "
            "j'ai beaucoup apprécié nos échanges.",
            "Une autre proposition s'est présentée, un peu plus proche de ce que je recherche, et "
            "je l'ai acceptée.",
        ),
        "phrasings_to_avoid": lines(
            "J'ai eu une meilleure offre.",
            "Ils me paient plus que ce que vous proposez.",
            "Chez votre concurrent, on m'offre nettement mieux.",
        ),
    },
    "timing": {
        "title": "Le moment ou un projet personnel",
        "explanation": (
            "Parfois, le poste est le bon, mais pas le moment\u00a0: vous terminez peut-être une "
            "formation, vous êtes en plein déménagement, ou vous allez bientôt accueillir un "
            "nouveau membre dans votre famille. Une question de calendrier est une raison "
            "honnête, et elle garde d'elle-même la porte ouverte, car les circonstances changent. "
            "Si vous le pouvez, indiquez à peu près quand les choses pourraient se présenter "
            "autrement."
        ),
        "phrasings": lines(
            "Le moment n'est pas le bon pour moi, car j'ai un projet personnel que je tiens à "
            "mener à bien d'abord.",
            "Je suis en train de terminer une formation, et je veux la mener à son terme avant "
            "d'entreprendre un changement comme celui-ci.",
            "Ce poste arrive à un moment où j'ai besoin de garder mon attention ailleurs, mais "
            "j'aimerais beaucoup qu'on en reparle plus tard.",
            "Je dois honorer des engagements dans les mois à venir avant de faire un tel pas.",
        ),
        "phrasings_to_avoid": lines(
            "J'ai trop de choses sur le feu.",
            "Redemandez-moi l'année prochaine, on verra.",
            "C'est vraiment le pire moment pour moi.",
        ),
    },
    "team-culture-fit": {
        "title": "Adéquation avec l'équipe ou la culture",
        "explanation": (
            "Au fil d'un recrutement, vous vous faites une idée de la façon dont une équipe "
            "fonctionne, et vous sentez parfois que ce n'est pas là que vous donneriez le "
            "meilleur de vous-même. C'est une conclusion légitime, mais c'est aussi la raison qui "
            "risque le plus d'être entendue comme une critique. Parlez de votre façon de "
            "travailler, pas de ce qui, selon vous, cloche chez eux."
        ),
        "phrasings": lines(
            "Je me suis rendu compte que je travaille mieux dans un environnement un peu "
            "différent, et je tiens à être honnête avec vous à ce sujet.",
            "Nos échanges me font penser que la façon de travailler ne me conviendrait pas aussi "
            "bien qu'il le faudrait, et autant vous le dire dès maintenant.",
            "Je recherche un cadre qui me laisse un peu plus d'autonomie au quotidien.",
            "Après avoir bien réfléchi à la manière dont je m'intégrerais dans l'équipe, je ne "
            "crois pas que l'adéquation soit au rendez-vous pour l'instant.",
        ),
        "phrasings_to_avoid": lines(
            "Votre culture d'entreprise a l'air toxique.",
            "L'équipe n'avait pas l'air sympa.",
            "Chez vous, on se croirait encore dans les années 80.",
        ),
    },
    "scope-of-role": {
        "title": "Contenu du poste",
        "explanation": (
            "Il arrive qu'un poste se révèle différent de ce que vous imaginiez\u00a0: plus "
            "d'administratif, moins de terrain, ou un périmètre plus étroit ou plus large que "
            "souhaité. S'en apercevoir avant de commencer rend service aux deux parties. Décrivez "
            "le type de responsabilités que vous recherchez, pour que l'employeur comprenne ce "
            "qui vous conviendrait."
        ),
        "phrasings": lines(
            "En découvrant les responsabilités plus en détail, j'ai compris que le poste ne "
            "correspond pas à ce que je recherche à ce stade.",
            "Je recherche un poste davantage centré sur l'aspect concret de mon métier.",
            "La répartition des responsabilités dans ce poste n'est pas tout à fait celle que je "
            "souhaite pour ma prochaine étape.",
        ),
        "phrasings_to_avoid": lines(
            "Ce poste est en dessous de mon niveau.",
            "En gros, c'est un boulot de secrétariat.",
            "C'est pas du tout ce qui était dans l'annonce.",
        ),
    },
    "working-arrangements": {
        "title": "Organisation du travail et flexibilité",
        "explanation": (
            "Où et quand vous travaillez peut compter autant que ce que vous faites. Si le poste "
            "demande plus de jours au bureau, des horaires fixes ou des gardes qui ne s'accordent "
            "pas avec votre vie, c'est une raison concrète et largement comprise. Préciser "
            "l'organisation dont vous avez besoin indique aussi à l'employeur ce qui pourrait "
            "faire la différence à l'avenir."
        ),
        "phrasings": lines(
            "Je recherche plus de souplesse quant à mon lieu de travail, et ce poste ne le permet "
            "pas tout à fait.",
            "Les horaires qu'exige le poste s'accorderaient difficilement avec mes autres "
            "engagements.",
            "Le télétravail quelques jours par semaine est devenu important pour moi, et je tiens "
            "à le garder.",
        ),
        "phrasings_to_avoid": lines(
            "Je ne vais pas venir au bureau tous les jours.",
            "Votre politique de télétravail date d'un autre siècle.",
            "Plus personne ne travaille à heures fixes, hein.",
        ),
    },
    "room-to-grow": {
        "title": "Évoluer dans une autre direction",
        "explanation": (
            "Vous avez peut-être compris que le poste ne vous apporterait pas l'apprentissage, le "
            "défi ou la progression que vous recherchez. Vouloir évoluer est exactement ce que "
            "les employeurs espèrent voir\u00a0: c'est donc une raison facile à bien présenter. "
            "Précisez ce que vous voulez développer, et gardez pour vous tout jugement sur leur "
            "organisation."
        ),
        "phrasings": lines(
            "Je recherche un poste qui développe mes compétences dans une direction précise, et "
            "je ne pense pas que celui-ci le ferait autant que j'en ai besoin.",
            "Évoluer compte beaucoup pour moi en ce moment, et je veux que ma prochaine étape "
            "porte sur les domaines que j'ai le plus envie de développer.",
            "Mon prochain poste devra me faire grandir d'une façon bien particulière, et je ne "
            "pense pas que celui-ci soit le plus adapté pour cela.",
        ),
        "phrasings_to_avoid": lines(
            "Il n'y a aucun avenir dans ce poste.",
            "Ça a l'air d'un ennui mortel.",
            "J'en aurais fait le tour en six mois.",
        ),
    },
    "build-skills-first": {
        "title": "Développer d'abord les compétences",
        "explanation": (
            "Reconnaître que le moment n'est pas encore venu est un jugement mûr, pas une "
            "faiblesse. Si une compétence comme diriger une équipe ou gérer un budget est "
            "nouvelle pour vous, dites-le et demandez quel soutien est possible\u00a0: dans la "
            "même enquête de 2025, 40\u00a0% des employeurs se disaient prêts à proposer une "
            "formation supplémentaire. Le «\u00a0non\u00a0» devient alors un «\u00a0pas "
            "encore\u00a0», avec un plan."
        ),
        "phrasings": lines(
            "Je préfère être honnête\u00a0: je n'ai pas encore l'expérience de la gestion "
            "d'équipe que demande ce poste, et j'aimerais d'abord l'acquérir.",
            "Je me verrais bien évoluer vers un poste comme celui-ci, et une formation ou un "
            "accompagnement pour y arriver serait le bienvenu.",
            "Je pense que je pourrais bien occuper ce poste à l'avenir, mais je veux d'abord "
            "développer certaines compétences.",
        ),
        "phrasings_to_avoid": lines(
            "Je serais une catastrophe à ce poste.",
            "J'ai aucune idée de comment on gère des gens.",
            "C'est trop de responsabilités pour moi.",
        ),
    },
}
