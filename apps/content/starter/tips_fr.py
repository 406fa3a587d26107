"""Starter step tips in French (Belgian French), keyed by the slug of the English tip."""

from __future__ import annotations

from apps.content.seeding import paragraphs

STEP_TIPS_FR = {
    # Situation
    "situation-decide-first": {
        "title": "Décidez d'abord, préparez ensuite comment le dire",
        "body": paragraphs(
            "Ce parcours est fait pour une décision que vous avez déjà prise. Si vous hésitez "
            "encore, accordez-vous d'abord ce temps de réflexion\u00a0: un non qui vacille au "
            "milieu de la conversation est plus pénible pour tout le monde qu'un non clair.",
            "Une fois votre décision prise, notez les détails pratiques avant de contacter qui "
            "que ce soit\u00a0: qui doit l'apprendre en premier, comment joindre cette personne "
            "et la date à laquelle elle attend votre réponse.",
        ),
    },
    "situation-offer-who-to-tell": {
        "title": "Répondez à la personne qui vous a fait l'offre",
        "body": paragraphs(
            "Votre réponse revient à la personne qui vous a fait l'offre\u00a0: en général, le "
            "responsable du recrutement ou le recruteur qui a suivi votre candidature. Si une "
            "agence est intervenue, prévenez aussi votre contact là-bas, le jour même.",
            "Ajoutez son numéro de téléphone ici. Mieux vaut appeler qu'écrire, et c'est plus "
            "simple d'avoir le numéro sous la main.",
        ),
    },
    "situation-promotion-who-to-tell": {
        "title": "Votre responsable doit l'apprendre de votre bouche",
        "body": paragraphs(
            "Avant d'en parler à vos collègues, annoncez votre décision au responsable qui vous "
            "a proposé le poste. Dans une équipe, les nouvelles circulent vite, et l'apprendre "
            "par quelqu'un d'autre peut gâcher une conversation qui se serait bien passée.",
            "Si les RH ou un membre de la direction ont participé à la proposition, demandez à "
            "votre responsable de quelle manière les en informer.",
        ),
    },
    # Reasons
    "reasons-brainstorm-first": {
        "title": "Mettez vos raisons par écrit avant de parler",
        "body": paragraphs(
            "Prenez dix minutes pour noter toutes les raisons de votre décision, grandes et "
            "petites, avant d'en parler à quiconque. Sur papier, vous repérez plus facilement "
            "les deux ou trois qui ont vraiment fait pencher la balance\u00a0: ce sont celles-là "
            "qui valent la peine d'être partagées.",
            "Il n'existe pas de liste toute faite de bonnes ou de mauvaises raisons. Le lieu de "
            "travail, la famille, le salaire, la santé, l'orientation de votre carrière\u00a0: "
            "l'essentiel, c'est que votre choix soit fidèle à vos valeurs, à vos objectifs et à "
            "vos talents.",
        ),
    },
    "reasons-honest-not-blunt": {
        "title": "De la franchise, sans brusquerie",
        "body": paragraphs(
            "Donnez vos vraies raisons, formulées avec soin. «\u00a0Le salaire est trop "
            "bas\u00a0» et «\u00a0À ce stade de ma carrière, je vise un niveau de rémunération "
            "plus élevé\u00a0» disent la même chose, mais seule la seconde formulation laisse "
            "la conversation ouverte.",
            "Pendant que vous écrivez, la vérification du ton signale les formulations qui "
            "pourraient mal passer et vous propose une tournure plus posée. Vous restez toujours "
            "libre de garder vos propres mots.",
        ),
    },
    "reasons-keep-some-private": {
        "title": "Certaines raisons peuvent rester privées",
        "body": paragraphs(
            "C'est vous qui choisissez les raisons à partager et celles à garder pour vous. La "
            "santé et la famille ne demandent aucun détail\u00a0: «\u00a0pour des raisons "
            "personnelles\u00a0» est une réponse honnête et complète.",
            "Les raisons que vous gardez privées, comme les notes que vous écrivez pour "
            "vous-même, n'apparaissent ni dans vos trames ni dans vos e-mails.",
        ),
    },
    "reasons-promotion-self-awareness": {
        "title": "Montrez de la lucidité, pas un manque d'ambition",
        "body": paragraphs(
            "Refuser une promotion peut passer pour un manque de motivation. Construisez vos "
            "raisons autour de ce que vous savez de vous\u00a0: les conditions dans lesquelles "
            "vous donnez le meilleur de vous-même, ce que vous souhaitez améliorer et la "
            "direction que vous voulez donner à votre carrière.",
            "Vous êtes en bonne compagnie. Dans l'enquête salariale 2025 d'un cabinet de "
            "recrutement en Belgique, 31\u00a0% des professionnels qui envisageaient de changer "
            "d'emploi citaient l'équilibre entre vie professionnelle et vie privée parmi leurs "
            "raisons. Connaître vos priorités est une force.",
        ),
    },
    # Keep the door open
    "door-open-mean-it": {
        "title": "Ne dites que ce que vous pensez",
        "body": paragraphs(
            "Garder la porte ouverte ne fonctionne que si c'est sincère. N'évoquez l'idée de "
            "travailler ensemble un jour que si vous le souhaitez vraiment.",
            "Une phrase précise vaut mieux que plusieurs phrases chaleureuses mais vagues, et "
            "c'est de celle-là qu'on se souvient.",
        ),
    },
    "door-open-offer-what-would-change": {
        "title": "Dites ce qui pourrait vous faire revenir",
        "body": paragraphs(
            "Si un point précis a pesé dans votre décision, comme le trajet, la rémunération ou "
            "le calendrier, dites qu'un changement de ce côté-là vous donnerait envie d'en "
            "reparler. L'employeur dispose ainsi d'un élément concret pour se souvenir de vous.",
            "Dites ensuite clairement que vous aimeriez garder le contact. Dans un article paru "
            "en 2011, la Harvard Business Review recommandait de dire ouvertement que la porte "
            "reste ouverte, plutôt que d'espérer que l'autre le devine.",
        ),
    },
    "door-open-promotion-alternatives": {
        "title": "Proposez d'autres manières de contribuer",
        "body": paragraphs(
            "Votre responsable doit toujours trouver quelqu'un pour ce poste. Arrivez avec une "
            "ou deux pistes pour aider sans l'accepter\u00a0: encadrer un nouveau collègue, "
            "piloter un projet, partager votre expertise avec l'équipe ou épauler la personne "
            "qui reprendra la fonction.",
            "Ne proposez que ce que vous pouvez vraiment assumer. Un engagement modeste que "
            "vous tenez vaut mieux qu'une promesse généreuse qui s'étiole sans bruit.",
        ),
    },
    "door-open-promotion-support": {
        "title": "Posez la question du soutien et de la formation",
        "body": paragraphs(
            "Si le poste demande une compétence que vous n'avez pas encore, comme diriger une "
            "équipe, dites-le et demandez quel accompagnement pourrait vous aider. Beaucoup "
            "d'employeurs y sont ouverts\u00a0: dans la même enquête de 2025, 40\u00a0% se "
            "disaient prêts à proposer des formations supplémentaires.",
            "Poser la question montre que votre réponse tient au moment et à la préparation, "
            "pas à une envie de faire du surplace.",
        ),
    },
    "door-open-promotion-future": {
        "title": "Terminez sur la direction que vous prenez",
        "body": paragraphs(
            "Concluez sur ce que vous visez, pas sur ce que vous refusez. Une phrase comme "
            "«\u00a0Je veux continuer à évoluer ici, et j'aimerais beaucoup en reparler quand "
            "j'aurai plus d'expérience\u00a0» montre à votre responsable que votre engagement "
            "reste entier.",
            "Ce que vous écrivez ici devient la conclusion de votre trame d'entretien et de "
            "votre e-mail de suivi.",
        ),
    },
    # Conversation
    "conversation-offer-call-promptly": {
        "title": "Appelez sans tarder, bien avant la date limite",
        "body": paragraphs(
            "Dès que votre décision est prise, décrochez votre téléphone. Un appel est plus "
            "personnel et plus professionnel qu'un e-mail, et une réponse rapide permet à "
            "l'employeur de revenir vers d'autres candidats tant qu'ils sont disponibles.",
            "Essayez d'appeler un jour ou deux avant la date limite, à un moment calme, pour "
            "vous comme pour la personne que vous appelez. Si vous tombez sur la messagerie, "
            "laissez un court message pour demander qu'on vous rappelle, plutôt que de donner "
            "votre réponse sur un répondeur.",
        ),
    },
    "conversation-offer-keep-it-short": {
        "title": "Un appel court et chaleureux",
        "body": paragraphs(
            "L'appel se déroule en quatre temps\u00a0: remercier, annoncer votre décision, "
            "donner brièvement vos raisons et conclure en disant que vous espérez garder le "
            "contact. Cinq minutes suffisent souvent.",
            "Si l'on vous demande si quelque chose pourrait vous faire changer d'avis, répondez "
            "honnêtement. Si rien ne le pourrait, dites-le avec gentillesse\u00a0: un faux "
            "espoir ne garde pas la porte ouverte.",
        ),
    },
    "conversation-promotion-book-time": {
        "title": "Réservez un vrai moment avec votre responsable",
        "body": paragraphs(
            "C'est une conversation, pas une annonce. Demandez un entretien prévu rien que pour "
            "cela, d'au moins une demi-heure, en personne ou en visioconférence, plutôt que "
            "d'aborder le sujet en fin de réunion ou entre deux portes.",
            "Choisissez un moment où personne n'est pressé, pour avoir le temps de parler de la "
            "suite.",
        ),
    },
    "conversation-promotion-be-open": {
        "title": "Parlez ouvertement de vos forces et de vos ambitions",
        "body": paragraphs(
            "Si l'on vous a proposé ce poste, c'est qu'on croit en vous. Expliquez honnêtement "
            "ce que vous faites bien, ce que vous voulez développer et pourquoi ce poste ne "
            "vous convient pas pour l'instant.",
            "Écoutez autant que vous parlez. Le regard que votre responsable porte sur vos "
            "forces pourrait vous surprendre, et il vous aidera à convenir ensemble de la "
            "prochaine étape.",
        ),
    },
    "conversation-say-it-then-listen": {
        "title": "Dites-le, puis écoutez",
        "body": paragraphs(
            "Une fois votre réponse donnée, marquez une pause et laissez l'autre réagir. "
            "Inutile de combler le silence, de défendre votre décision ou d'ajouter de "
            "nouvelles raisons.",
            "Ensuite, notez comment cela s'est passé tant que c'est frais\u00a0: ce que l'autre "
            "vous a répondu et ce dont vous avez convenu. Cela vous servira pour l'e-mail de "
            "suivi et pour reprendre contact plus tard.",
        ),
    },
    # Follow-up email
    "email-same-day": {
        "title": "Confirmez par écrit le jour même",
        "body": paragraphs(
            "Un court e-mail après la conversation confirme votre décision et en garde une "
            "trace cordiale. Envoyez-le le jour même, ou au plus tard le lendemain matin.",
            "Le brouillon proposé ici n'est qu'un point de départ. Modifiez tout ce qui ne vous "
            "ressemble pas.",
        ),
    },
    "email-offer-what-to-include": {
        "title": "Que mettre dans l'e-mail après une offre d'emploi",
        "body": paragraphs(
            "Remerciez encore la personne, rappelez vos raisons en une phrase ou deux et "
            "demandez qu'on pense à vous pour de futurs postes. Si un seul élément a tout "
            "décidé, dites que vous reprendrez contact s'il change.",
            "Envoyez-le à la personne avec qui vous avez parlé. Si un recruteur a suivi le "
            "dossier, mettez-le aussi en copie.",
        ),
    },
    "email-promotion-confirm-agreements": {
        "title": "Mettez par écrit ce dont vous avez convenu",
        "body": paragraphs(
            "Remerciez votre responsable pour la conversation et pour sa confiance, confirmez "
            "votre décision et notez ce dont vous avez convenu\u00a0: les pistes que vous avez "
            "proposées, les formations ou le soutien dont vous avez parlé, et le moment où vous "
            "en reparlerez.",
            "Une trace écrite sert aux deux parties, et elle montre que vous pensiez vraiment "
            "ce que vous avez dit sur votre envie d'évoluer.",
        ),
    },
    # Reconnect
    "reconnect-light-and-regular": {
        "title": "Gardez le contact\u00a0: peu, mais régulièrement",
        "body": paragraphs(
            "Garder une porte ouverte demande un petit effort dans la durée. Un message tous "
            "les deux ou trois mois suffit\u00a0: prendre des nouvelles, partager quelque chose "
            "d'utile, féliciter la personne pour une bonne nouvelle.",
            "Chaque rappel est accompagné d'une idée et d'une première phrase, mais n'hésitez "
            "pas à déplacer les dates pour que cela reste naturel. Personne n'aime avoir "
            "l'impression d'être une case à cocher.",
        ),
    },
    "reconnect-offer-next-time-they-hire": {
        "title": "Faites qu'on pense à vous au prochain recrutement",
        "body": paragraphs(
            "Événements du secteur, conférences, salons professionnels\u00a0: autant "
            "d'occasions simples de se revoir sans arrière-pensée. Dites bonjour, demandez "
            "comment va l'entreprise et gardez un ton léger.",
            "Quand un nouveau poste s'ouvrira, ce sont les personnes dont on a eu des nouvelles "
            "récemment qui viendront à l'esprit en premier.",
        ),
    },
    "reconnect-promotion-development": {
        "title": "Gardez votre évolution à l'ordre du jour",
        "body": paragraphs(
            "Votre responsable n'est jamais loin\u00a0: ici, garder le contact veut dire tenir "
            "parole. Faites le point sur les pistes que vous avez proposées, suivez la "
            "formation dont vous avez parlé et abordez votre évolution lors de vos entretiens "
            "individuels réguliers.",
            "Si votre situation ou vos ambitions changent, dites-le. Vous avez dit «\u00a0pas "
            "maintenant\u00a0», et rien ne vous empêche de rouvrir vous-même la conversation.",
        ),
    },
    # Summary
    "summary-keep-for-later": {
        "title": "Gardez ce plan pour plus tard",
        "body": paragraphs(
            "Cette page rassemble tout votre plan\u00a0: vos raisons, ce que vous allez dire et "
            "ce dont vous avez convenu. Imprimez-la, ou gardez-la ouverte, si des notes vous "
            "aident pendant la conversation.",
            "Revenez-y quand vous reprendrez contact. Dans quelques mois, elle vous rappellera "
            "précisément ce que vous avez dit et ce qui a pu changer depuis.",
        ),
    },
}
