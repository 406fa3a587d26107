"""Starter reconnect ideas in French (Belgian French), keyed by the slug of the English idea."""

from __future__ import annotations

RECONNECT_IDEAS_FR = {
    "thank-and-connect": {
        "title": "Remercier et garder le lien",
        "opener": (
            "Merci encore pour notre échange au sujet du poste, et pour l'élégance avec laquelle "
            "vous avez accueilli ma décision. J'aimerais beaucoup que nous restions en contact."
        ),
        "detail": (
            "Un petit mot et une invitation LinkedIn, une ou deux semaines après la décision, "
            "font d'une candidature refermée une relation qui reste ouverte. Tenez-vous-en à "
            "deux ou trois phrases, sans revenir sur la décision."
        ),
    },
    "recommend-someone": {
        "title": "Recommander quelqu'un pour le poste",
        "opener": (
            "J'ai repensé au poste depuis notre conversation, et je pense à une personne avec "
            "qui j'ai travaillé qui pourrait très bien convenir. Voulez-vous que je vous mette "
            "en contact\u00a0?"
        ),
        "detail": (
            "Uniquement si vous connaissez vraiment quelqu'un qui correspond, et avec son "
            "accord. Aider à pourvoir le poste que vous avez refusé est l'une des façons les "
            "plus généreuses de garder la porte ouverte."
        ),
    },
    "report-back-on-alternatives": {
        "title": "Faire le point sur ce que vous avez proposé",
        "opener": (
            "Je voulais vous dire en quelques mots ce que j'ai pris en charge depuis notre "
            "discussion sur le poste, et savoir comment vous voyez les choses de votre côté."
        ),
        "detail": (
            "Un mois plus tard, montrez que les pistes que vous aviez proposées étaient "
            "sérieuses\u00a0: racontez ce que vous avez fait, ce qui fonctionne bien et ce que "
            "vous pourriez prendre en charge ensuite."
        ),
    },
    "follow-up-on-training": {
        "title": "Relancer la question de la formation et du soutien",
        "opener": (
            "Lors de notre discussion sur le poste, nous avions évoqué des formations qui "
            "pourraient m'aider à progresser. Pourrions-nous regarder ensemble les "
            "possibilités\u00a0?"
        ),
        "detail": (
            "Si vous avez demandé du soutien ou une formation, revenez-y avant que le sujet ne "
            "tombe dans l'oubli. Beaucoup d'employeurs y sont ouverts, et un plan concret "
            "transforme «\u00a0pas maintenant\u00a0» en «\u00a0le moment venu\u00a0»."
        ),
    },
    "ask-about-the-business": {
        "title": "Prendre des nouvelles de l'entreprise",
        "opener": (
            "Quelques mois ont passé depuis notre dernier échange, et je me demandais comment "
            "les choses se passent de votre côté. J'espère que le recrutement pour le poste "
            "s'est bien déroulé."
        ),
        "detail": (
            "S'intéresser à l'activité de l'entreprise plutôt qu'aux postes ouverts garde la "
            "conversation légère. Restez à l'écoute des nouvelles sur lesquelles vous pourriez "
            "rebondir plus tard."
        ),
    },
    "share-something-useful": {
        "title": "Partager quelque chose d'utile",
        "opener": (
            "Cet article m'a fait penser à notre conversation, et je me suis dit qu'il pourrait "
            "vous être utile."
        ),
        "detail": (
            "Un article, un rapport ou un podcast bien choisi montre que vous vous souvenez de "
            "ce qui compte pour la personne. Ajoutez une ligne pour dire pourquoi vous avez "
            "pensé à elle, et n'attendez pas de longue réponse."
        ),
    },
    "meet-at-an-industry-event": {
        "title": "Se retrouver lors d'un événement du secteur",
        "opener": (
            "Je vois que vous serez aussi à la conférence le mois prochain. Ce serait un plaisir "
            "de vous saluer en personne, si vous avez un moment."
        ),
        "detail": (
            "Salons, conférences, rencontres professionnelles et soirées d'associations du "
            "secteur sont des occasions naturelles de se revoir sans arrière-pensée. Regardez "
            "qui y va, et proposez un café entre deux sessions."
        ),
    },
    "revisit-development-plan": {
        "title": "Faire le point sur votre évolution",
        "opener": (
            "Six mois ont passé depuis notre discussion sur le poste. J'aimerais faire le point "
            "avec vous sur mon évolution depuis, et parler de ce qui pourrait suivre."
        ),
        "detail": (
            "Profitez d'un entretien individuel ou d'une évaluation. Apportez des exemples de "
            "ce que vous avez appris et de ce que vous avez apporté\u00a0; si votre regard sur "
            "le poste a changé, c'est le bon moment pour le dire."
        ),
    },
    "congratulate-on-news": {
        "title": "Féliciter pour une bonne nouvelle",
        "opener": (
            "Je viens de lire la nouvelle et je tenais à vous féliciter. C'est une belle "
            "réussite, pour vous comme pour toute l'équipe."
        ),
        "detail": (
            "Un lancement, un prix, de nouveaux bureaux ou une promotion\u00a0: des "
            "félicitations sincères sont bienvenues à tout moment et n'attendent rien en "
            "retour. Le site de l'entreprise et LinkedIn sont de bons endroits pour repérer une "
            "occasion d'écrire."
        ),
    },
    "one-year-coffee": {
        "title": "Un an plus tard\u00a0: proposer un café",
        "opener": (
            "Cela fait environ un an que nous avons parlé du poste, et j'aimerais beaucoup "
            "savoir comment les choses ont évolué de votre côté. Auriez-vous le temps de "
            "prendre un café dans les semaines à venir\u00a0?"
        ),
        "detail": (
            "Un an, c'est une raison toute trouvée de reprendre contact. Proposez un café ou un "
            "court appel vidéo, et venez avec une question sur le travail de la personne plutôt "
            "qu'avec une demande."
        ),
    },
    "ready-for-the-next-step": {
        "title": "Dire quand le moment est venu de passer à l'étape suivante",
        "opener": (
            "La dernière fois que nous avons parlé de mon évolution, je vous ai dit que je "
            "voulais acquérir plus d'expérience avant de prendre un poste plus important. J'ai "
            "le sentiment d'y arriver, et j'aimerais parler avec vous de ce que pourrait être "
            "la prochaine étape."
        ),
        "detail": (
            "Si l'expérience, la formation ou les conditions qui vous manquaient sont "
            "maintenant réunies, rouvrez vous-même la conversation. Votre responsable se "
            "souviendra du soin avec lequel vous aviez dit «\u00a0pas encore\u00a0»."
        ),
    },
    "share-your-own-news": {
        "title": "Donner de vos nouvelles",
        "opener": (
            "Cette année, j'ai démarré un nouveau projet qui rejoint ce dont nous avions parlé, "
            "et je me suis dit que vous aimeriez peut-être savoir où il en est."
        ),
        "detail": (
            "Quand quelque chose change dans votre carrière, comme une nouvelle certification, "
            "un nouveau projet ou une nouvelle fonction, un petit message tient vos contacts au "
            "courant de ce que vous pouvez apporter aujourd'hui. Misez sur la modestie et le "
            "concret."
        ),
    },
    "offer-an-introduction": {
        "title": "Proposer une mise en relation",
        "opener": (
            "J'ai récemment rencontré une personne qui travaille sur des défis très proches des "
            "vôtres, et je pense que vous auriez beaucoup à vous dire. Voulez-vous que je vous "
            "présente\u00a0?"
        ),
        "detail": (
            "Mettre des gens en relation est une façon généreuse et discrète de ne pas se faire "
            "oublier. Demandez d'abord l'accord des deux parties, et expliquez en une ligne "
            "pourquoi elles gagneraient à se rencontrer."
        ),
    },
    "tell-them-something-changed": {
        "title": "Signaler que quelque chose a changé",
        "opener": (
            "Lors de notre conversation sur le poste, je vous avais dit ce qui me retenait. Les "
            "choses ont changé depuis, et si un poste devait à nouveau correspondre, j'en "
            "parlerais volontiers avec vous."
        ),
        "detail": (
            "Si ce qui a motivé votre décision change, comme un déménagement, un changement "
            "dans votre vie familiale ou une nouvelle étape dans votre carrière, faites-le "
            "savoir. Vous aviez dit que vous le feriez, et c'est exactement la nouvelle qu'on "
            "espère entendre."
        ),
    },
    "two-years-on": {
        "title": "Renouer le contact, deux ans plus tard",
        "opener": (
            "Deux ans ont passé depuis notre première conversation sur le poste, et beaucoup "
            "de choses ont changé de mon côté. Si vous avez un moment, j'aurais plaisir à "
            "prendre de vos nouvelles."
        ),
        "detail": (
            "Les longs silences sont normaux. Un échange amical aujourd'hui entretient le lien "
            "pour la prochaine fois que vos chemins pourraient se croiser sur le plan "
            "professionnel."
        ),
    },
}
