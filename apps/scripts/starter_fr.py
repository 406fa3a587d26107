"""Starter script and email templates in French (Belgian French), keyed by slug."""

from __future__ import annotations

from apps.content.seeding import lines, paragraphs

SIGNATURE = "{member_name|[Votre nom\u00a0: à ajouter dans les Paramètres]}"

CALL_NOTE = (
    "Un appel reste la meilleure façon de dire non\u00a0: c'est plus personnel, et c'est de vous "
    "que la personne l'apprend en premier. N'envoyez cet e-mail qu'après avoir essayé d'appeler, "
    "sans succès\u00a0; il propose d'en parler de vive voix."
)
MEETING_NOTE = (
    "Votre responsable devrait l'apprendre de vous, au cours d'une conversation\u00a0: demandez un "
    "entretien si c'est possible. N'envoyez cet e-mail que si vous ne pouvez pas vous voir à "
    "temps\u00a0; il propose d'en reparler ensemble."
)

FORMAL_CLOSING = "Je vous prie d'agréer l'expression de mes salutations distinguées."

SCRIPT_TEMPLATES_FR = {
    "offer-call-script": {
        "name": "Appel pour refuser une offre d'emploi",
        "subject": "",
        "body": paragraphs(
            "(Appelez d'un endroit calme, vos raisons sous les yeux.)",
            "Bonjour {contact_first_name}, c'est {member_name|[votre nom]}. Auriez-vous quelques "
            "minutes à m'accorder\u00a0?",
            "(Si le moment est mal choisi, demandez quand vous pouvez rappeler.)",
            "Tout d'abord, merci de m'avoir proposé le poste de {role|[intitulé du poste]} chez "
            "{organisation}, et merci pour le temps que vous m'avez consacré tout au long du "
            "processus. J'ai vraiment apprécié de faire votre connaissance, et celle de l'équipe.",
            "J'y ai longuement réfléchi, et j'ai décidé de ne pas accepter l'offre.",
            "{reasons}",
            "Ce n'était pas une décision facile, et je tenais à ce que vous l'appreniez "
            "directement de ma bouche.",
            "(Marquez une pause et laissez la personne réagir. Si elle vous demande si quelque "
            "chose pourrait vous faire changer d'avis, répondez franchement\u00a0; si rien ne le "
            "pourrait, dites-le avec délicatesse.)",
            "{door_open}",
            "Je vous envoie un petit e-mail aujourd'hui pour confirmer. Merci encore, "
            "{contact_first_name}, pour tout.",
        ),
    },
    "promotion-meeting-script": {
        "name": "Entretien pour refuser une promotion",
        "subject": "",
        "body": paragraphs(
            "(Réservez au moins une demi-heure avec votre responsable, dans un endroit où personne "
            "ne viendra vous interrompre.)",
            "Merci de prendre ce temps, {contact_first_name}. Je voulais vous donner de vive voix "
            "ma réponse pour le poste de {role|[intitulé du poste]}, et prendre le temps de vous "
            "expliquer ma réflexion.",
            "D'abord, merci de me l'avoir proposé. Cela compte beaucoup pour moi que vous voyiez "
            "ce potentiel en moi, et j'y ai sérieusement réfléchi.",
            "J'ai décidé de ne pas accepter ce poste pour le moment.",
            "{reasons}",
            "Je tiens à le dire clairement\u00a0: il ne s'agit pas de faire du surplace. J'ai "
            "beaucoup réfléchi à ce que je fais bien et à la direction que je veux donner à ma "
            "carrière, et je préfère être honnête avec vous maintenant plutôt que d'accepter un "
            "poste où je ne pourrais pas donner le meilleur de moi-même.",
            "(Marquez une pause et laissez votre responsable réagir. Si vous apprenez pourquoi on "
            "a pensé à vous, écoutez bien\u00a0: cela vous montre comment vos points forts sont "
            "perçus.)",
            "{door_open}",
            "Pourrions-nous convenir de la suite\u00a0? Je vous propose d'en reparler lors de ma "
            "prochaine évaluation, pour voir comment les choses auront évolué.",
            "Merci encore pour votre confiance, et pour votre écoute.",
        ),
    },
    "offer-follow-up-email": {
        "name": "E-mail de suivi après le refus d'une offre d'emploi",
        "subject": "Merci, et ma décision concernant le poste de {role|[intitulé du poste]}",
        "body": paragraphs(
            "Bonjour {contact_first_name},",
            "Merci encore pour notre conversation d'aujourd'hui, et de m'avoir proposé le poste de "
            "{role|[intitulé du poste]} chez {organisation}. J'ai beaucoup apprécié le temps et "
            "l'attention que vous et vos collègues avez consacrés au processus.",
            "Comme je vous l'ai dit au téléphone, j'ai décidé de ne pas accepter l'offre. "
            "{reasons}",
            "{door_open}",
            "J'aimerais beaucoup que vous pensiez à moi pour de futurs postes chez {organisation}, "
            "et je reprendrai contact de moi-même si les raisons de mon choix évoluent.",
            lines("Bien à vous,", SIGNATURE),
        ),
    },
    "promotion-follow-up-email": {
        "name": "E-mail de suivi après le refus d'une promotion",
        "subject": "Merci pour notre conversation sur le poste de {role|[intitulé du poste]}",
        "body": paragraphs(
            "Bonjour {contact_first_name},",
            "Merci d'avoir pris le temps d'en parler aujourd'hui, et d'avoir pensé à moi pour le "
            "poste de {role|[intitulé du poste]}. Cela me touche beaucoup que vous ayez proposé "
            "mon nom.",
            "Comme nous en avons parlé, j'ai décidé de ne pas accepter ce poste pour le moment. "
            "{reasons}",
            "{door_open}",
            "Je vous propose de faire le point ensemble lors de ma prochaine évaluation. Merci "
            "encore pour votre confiance, et pour la franchise de notre échange.",
            lines("Bonne journée,", SIGNATURE),
        ),
    },
    "reconnect-message": {
        "name": "Message pour reprendre contact",
        "subject": "Prendre de vos nouvelles",
        "body": paragraphs(
            "Bonjour {contact_first_name},",
            "J'espère que vous allez bien. Cela fait un moment que nous avons parlé du poste de "
            "{role|[intitulé du poste]}, et je garde un très bon souvenir de l'ouverture avec "
            "laquelle vous avez accueilli ma décision.",
            "J'aimerais beaucoup savoir comment les choses se passent de votre côté. Si vous avez "
            "un moment dans les semaines à venir, j'aurais plaisir à échanger autour d'un café ou "
            "lors d'un petit appel.",
            lines("Au plaisir de vous lire,", SIGNATURE),
        ),
    },
    "offer-call-script-formal": {
        "name": "Appel pour refuser une offre d'emploi (formel)",
        "subject": "",
        "body": paragraphs(
            "(Appelez d'un endroit calme, vos notes sous les yeux, et gardez un rythme posé, sans "
            "vous presser.)",
            "Bonjour {contact_name}, {member_name|[votre nom]} à l'appareil. Est-ce un bon moment "
            "pour vous parler quelques minutes\u00a0?",
            "(Si ce n'est pas le cas, convenez d'un moment pour rappeler.)",
            "Je vous remercie de m'avoir proposé le poste de {role|[intitulé du poste]} chez "
            "{organisation}, et du soin que votre équipe a apporté à la procédure de sélection. "
            "J'ai apprécié nos échanges.",
            "Après mûre réflexion, j'ai décidé de ne pas donner suite à votre offre.",
            "{reasons}",
            "Je tenais à vous le dire personnellement, pour que vous puissiez poursuivre le "
            "recrutement sans attendre.",
            "(Marquez une pause et laissez à la personne le temps de répondre. Si elle vous "
            "demande si quelque chose pourrait changer votre décision, répondez brièvement et "
            "franchement.)",
            "{door_open}",
            "Je vous confirmerai ma décision par e-mail dans la journée. Merci encore pour votre "
            "temps et pour l'attention portée à ma candidature.",
        ),
    },
    "offer-call-script-short": {
        "name": "Appel pour refuser une offre d'emploi (court)",
        "subject": "",
        "body": paragraphs(
            "(Un appel court\u00a0: vos remerciements, votre réponse, vos raisons, et la porte "
            "laissée ouverte.)",
            "Bonjour {contact_first_name}, c'est {member_name|[votre nom]}. Vous avez deux "
            "minutes\u00a0?",
            "Merci beaucoup pour l'offre, et pour le temps que vous m'avez consacré. J'ai décidé "
            "de ne pas l'accepter.",
            "{reasons}",
            "{door_open}",
            "Je vous envoie un petit e-mail pour confirmer. Merci encore, {contact_first_name}.",
        ),
    },
    "offer-call-script-formal-short": {
        "name": "Appel pour refuser une offre d'emploi (formel, court)",
        "subject": "",
        "body": paragraphs(
            "(Allez à l'essentiel, avec courtoisie\u00a0: vos remerciements, votre décision, vos "
            "raisons, et la porte laissée ouverte.)",
            "Bonjour {contact_name}, {member_name|[votre nom]} à l'appareil. Auriez-vous un "
            "instant\u00a0?",
            "Je vous remercie de m'avoir proposé le poste de {role|[intitulé du poste]} chez "
            "{organisation}. Après réflexion, j'ai décidé de ne pas y donner suite.",
            "{reasons}",
            "{door_open}",
            "Je vous le confirmerai par écrit dans la journée. Merci encore pour votre temps.",
        ),
    },
    "promotion-meeting-script-formal": {
        "name": "Entretien pour refuser une promotion (formel)",
        "subject": "",
        "body": paragraphs(
            "(Demandez au moins une demi-heure dans une pièce au calme, à l'abri des "
            "interruptions, et apportez vos notes.)",
            "Merci de me recevoir, {contact_first_name}. Je souhaite vous donner ma réponse "
            "concernant le poste de {role|[intitulé du poste]}, et vous expliquer ce qui a guidé "
            "ma décision.",
            "Je vous remercie de cette proposition et de la confiance dont elle témoigne à l'égard "
            "de mon travail. Je l'ai examinée avec attention.",
            "J'ai pris la décision de ne pas accepter ce poste pour le moment.",
            "{reasons}",
            "Ce choix repose sur une vision claire de ce que j'apporte le mieux et de "
            "l'orientation que je souhaite donner à ma carrière. Je préfère vous le dire "
            "ouvertement plutôt que d'accepter un poste dans lequel je ne pourrais pas m'engager "
            "pleinement.",
            "(Marquez une pause et écoutez. Si l'on vous explique pourquoi votre nom a été "
            "proposé, notez-le\u00a0: cela vous indique quels points forts on apprécie chez vous.)",
            "{door_open}",
            "Je souhaiterais que nous puissions en rediscuter lors de ma prochaine évaluation. "
            "Merci pour votre confiance, et pour le temps que vous m'accordez aujourd'hui.",
        ),
    },
    "promotion-meeting-script-short": {
        "name": "Entretien pour refuser une promotion (court)",
        "subject": "",
        "body": paragraphs(
            "(Même une réponse courte mérite un vrai moment\u00a0: demandez un quart d'heure au "
            "calme.)",
            "Merci de prendre ce temps, {contact_first_name}. Je voulais vous répondre en face à "
            "face au sujet du poste de {role|[intitulé du poste]}.",
            "Cela me touche vraiment que vous ayez pensé à moi. J'ai pourtant décidé de ne pas "
            "accepter, pour le moment.",
            "{reasons}",
            "{door_open}",
            "Pourrions-nous en reparler lors de ma prochaine évaluation\u00a0? Merci encore pour "
            "votre confiance.",
        ),
    },
    "promotion-meeting-script-formal-short": {
        "name": "Entretien pour refuser une promotion (formel, court)",
        "subject": "",
        "body": paragraphs(
            "(Demandez un court entretien en privé, plutôt qu'un échange entre deux portes.)",
            "Merci de me recevoir, {contact_first_name}. J'ai pris ma décision concernant le poste "
            "de {role|[intitulé du poste]}.",
            "Je vous remercie de cette marque de confiance. Tout bien considéré, je ne donnerai "
            "pas suite à cette proposition pour le moment.",
            "{reasons}",
            "{door_open}",
            "J'aimerais que nous puissions y revenir lors de ma prochaine évaluation. Merci pour "
            "votre temps.",
        ),
    },
    "offer-follow-up-email-formal": {
        "name": "E-mail de suivi après le refus d'une offre d'emploi (formel)",
        "subject": "Votre offre pour le poste de {role|[intitulé du poste]} chez {organisation}",
        "body": paragraphs(
            "Bonjour {contact_name|Madame, Monsieur},",
            "Je vous remercie d'avoir pris mon appel aujourd'hui, et une nouvelle fois de m'avoir "
            "proposé le poste de {role|[intitulé du poste]} chez {organisation}. J'ai apprécié le "
            "temps que vous et vos collègues avez consacré à la procédure de sélection.",
            "Comme je vous l'ai expliqué, j'ai décidé de ne pas donner suite à votre offre. "
            "{reasons}",
            "{door_open}",
            "Je souhaiterais que ma candidature puisse être prise en compte pour d'autres postes "
            "chez {organisation} à l'avenir, et je reprendrai contact si ma situation évolue.",
            lines(FORMAL_CLOSING, SIGNATURE),
        ),
    },
    "offer-follow-up-email-short": {
        "name": "E-mail de suivi après le refus d'une offre d'emploi (court)",
        "subject": "Merci, et ma réponse pour le poste de {role|[intitulé du poste]}",
        "body": paragraphs(
            "Bonjour {contact_first_name},",
            "Merci encore pour notre conversation d'aujourd'hui. Comme je vous l'ai dit au "
            "téléphone, j'ai décidé de ne pas accepter l'offre. {reasons}",
            "{door_open}",
            "Merci pour tout, et je vous souhaite le meilleur, à vous et à toute l'équipe.",
            lines("Bien à vous,", SIGNATURE),
        ),
    },
    "offer-follow-up-email-formal-short": {
        "name": "E-mail de suivi après le refus d'une offre d'emploi (formel, court)",
        "subject": "Ma décision concernant le poste de {role|[intitulé du poste]}",
        "body": paragraphs(
            "Bonjour {contact_name|Madame, Monsieur},",
            "À la suite de notre conversation téléphonique de ce jour, je vous confirme ma "
            "décision de ne pas donner suite à votre offre pour le poste de {role|[intitulé du "
            "poste]} chez {organisation}. {reasons}",
            "{door_open}",
            "Je vous remercie encore pour votre temps et pour l'attention portée à ma candidature.",
            lines("Bien cordialement,", SIGNATURE),
        ),
    },
    "promotion-follow-up-email-formal": {
        "name": "E-mail de suivi après le refus d'une promotion (formel)",
        "subject": "Notre conversation au sujet du poste de {role|[intitulé du poste]}",
        "body": paragraphs(
            "Bonjour {contact_first_name|[prénom de votre responsable]},",
            "Je vous remercie pour notre entretien d'aujourd'hui, et d'avoir pensé à moi pour le "
            "poste de {role|[intitulé du poste]}. J'apprécie la confiance que vous accordez à mon "
            "travail.",
            "Pour confirmer ce que nous avons évoqué, j'ai décidé de ne pas accepter ce poste pour "
            "le moment. {reasons}",
            "{door_open}",
            "Je vous propose de faire le point ensemble lors de ma prochaine évaluation. Merci "
            "encore pour votre soutien.",
            lines("Bien cordialement,", SIGNATURE),
        ),
    },
    "promotion-follow-up-email-short": {
        "name": "E-mail de suivi après le refus d'une promotion (court)",
        "subject": "Merci pour aujourd'hui",
        "body": paragraphs(
            "Bonjour {contact_first_name},",
            "Merci d'avoir pris le temps d'en parler avec moi aujourd'hui. Comme je vous l'ai dit, "
            "je n'accepte pas le poste de {role|[intitulé du poste]} pour le moment. {reasons}",
            "{door_open}",
            "Merci encore d'avoir pensé à moi.",
            lines("À bientôt,", SIGNATURE),
        ),
    },
    "promotion-follow-up-email-formal-short": {
        "name": "E-mail de suivi après le refus d'une promotion (formel, court)",
        "subject": "Confirmation de ma décision concernant le poste de {role|[intitulé du poste]}",
        "body": paragraphs(
            "Bonjour {contact_first_name|[prénom de votre responsable]},",
            "À la suite de notre entretien de ce jour, je vous confirme ma décision de ne pas "
            "accepter le poste de {role|[intitulé du poste]} pour le moment. {reasons}",
            "{door_open}",
            "Je vous remercie pour votre compréhension et pour votre soutien constant.",
            lines("Bien cordialement,", SIGNATURE),
        ),
    },
    "offer-decline-email": {
        "name": "Refuser une offre d'emploi par e-mail (appel impossible)",
        "member_note": CALL_NOTE,
        "subject": "Votre offre pour le poste de {role|[intitulé du poste]}, et ma décision",
        "body": paragraphs(
            "Bonjour {contact_first_name},",
            "J'ai essayé de vous joindre par téléphone aujourd'hui, sans succès, et je ne voulais "
            "pas vous faire attendre ma réponse.",
            "Merci beaucoup de m'avoir proposé le poste de {role|[intitulé du poste]} chez "
            "{organisation}, et pour le temps que vous et l'équipe m'avez consacré. J'y ai bien "
            "réfléchi, et j'ai décidé de ne pas accepter l'offre. {reasons}",
            "{door_open}",
            "J'aurais aimé vous l'annoncer moi-même\u00a0: si vous avez quelques minutes cette "
            "semaine, je vous appelle volontiers. Et n'hésitez pas à penser à moi pour de futurs "
            "postes chez {organisation}.",
            lines("Bien à vous,", SIGNATURE),
        ),
    },
    "offer-decline-email-formal": {
        "name": "Refuser une offre d'emploi par e-mail (appel impossible, formel)",
        "member_note": CALL_NOTE,
        "subject": "Votre offre pour le poste de {role|[intitulé du poste]} chez {organisation}",
        "body": paragraphs(
            "Bonjour {contact_name|Madame, Monsieur},",
            "J'ai tenté de vous joindre par téléphone pour vous donner ma réponse personnellement. "
            "Ne souhaitant pas la retarder, je me permets de vous écrire.",
            "Je vous remercie de m'avoir proposé le poste de {role|[intitulé du poste]} chez "
            "{organisation}, ainsi que du temps que votre équipe a consacré à la procédure de "
            "sélection. Après mûre réflexion, j'ai décidé de ne pas donner suite à votre offre. "
            "{reasons}",
            "{door_open}",
            "Je reste disponible pour en parler par téléphone au moment qui vous conviendra, et je "
            "souhaiterais que ma candidature puisse être prise en compte pour d'autres postes chez "
            "{organisation}.",
            lines(FORMAL_CLOSING, SIGNATURE),
        ),
    },
    "promotion-decline-email": {
        "name": "Refuser une promotion par e-mail (entretien impossible)",
        "member_note": MEETING_NOTE,
        "subject": "Ma réponse pour le poste de {role|[intitulé du poste]}",
        "body": paragraphs(
            "Bonjour {contact_first_name},",
            "J'espérais vous donner ma réponse en personne, mais nous n'avons pas réussi à trouver "
            "un moment avant la date limite\u00a0: je vous écris donc.",
            "Merci d'avoir pensé à moi pour le poste de {role|[intitulé du poste]}. Cela compte "
            "beaucoup pour moi que vous ayez proposé mon nom, et j'y ai longuement réfléchi. J'ai "
            "décidé de ne pas accepter ce poste pour le moment. {reasons}",
            "{door_open}",
            "J'aimerais vraiment que nous en parlions à tête reposée la prochaine fois que nous "
            "nous verrons. Merci encore pour votre confiance.",
            lines("À bientôt,", SIGNATURE),
        ),
    },
    "promotion-decline-email-formal": {
        "name": "Refuser une promotion par e-mail (entretien impossible, formel)",
        "member_note": MEETING_NOTE,
        "subject": "Ma décision concernant le poste de {role|[intitulé du poste]}",
        "body": paragraphs(
            "Bonjour {contact_first_name|[prénom de votre responsable]},",
            "J'aurais préféré vous donner ma réponse en personne. Comme nous n'avons pas pu nous "
            "rencontrer avant la date limite, je me permets de vous écrire.",
            "Je vous remercie d'avoir pensé à moi pour le poste de {role|[intitulé du poste]}, et "
            "de la confiance que vous accordez ainsi à mon travail. Après y avoir longuement "
            "réfléchi, j'ai décidé de ne pas accepter ce poste pour le moment. {reasons}",
            "{door_open}",
            "Je souhaiterais en discuter de vive voix dès que cela vous conviendra. Je vous "
            "remercie de votre compréhension.",
            lines("Bien cordialement,", SIGNATURE),
        ),
    },
    "offer-decline-email-short": {
        "name": "Refuser une offre d'emploi par e-mail (appel impossible, court)",
        "member_note": CALL_NOTE,
        "subject": "Ma réponse pour le poste de {role|[intitulé du poste]}",
        "body": paragraphs(
            "Bonjour {contact_first_name},",
            "Je n'ai pas réussi à vous joindre par téléphone, alors voici ma réponse par "
            "écrit\u00a0: merci de m'avoir proposé le poste de {role|[intitulé du poste]}, mais "
            "j'ai décidé de ne pas l'accepter. {reasons}",
            "{door_open}",
            "Je suis disponible pour en parler si vous avez un moment. Merci encore, à vous et à "
            "l'équipe.",
            lines("Bien à vous,", SIGNATURE),
        ),
    },
    "offer-decline-email-formal-short": {
        "name": "Refuser une offre d'emploi par e-mail (appel impossible, formel, court)",
        "member_note": CALL_NOTE,
        "subject": "Le poste de {role|[intitulé du poste]} chez {organisation}",
        "body": paragraphs(
            "Bonjour {contact_name|Madame, Monsieur},",
            "N'ayant pas pu vous joindre par téléphone, je me permets de vous écrire pour vous "
            "faire part de ma décision\u00a0: je ne donnerai pas suite à votre offre pour le poste "
            "de {role|[intitulé du poste]}. {reasons}",
            "{door_open}",
            "Je vous remercie pour votre temps et votre attention\u00a0; je reste disponible pour "
            "en parler par téléphone si vous le souhaitez.",
            lines("Bien cordialement,", SIGNATURE),
        ),
    },
    "promotion-decline-email-short": {
        "name": "Refuser une promotion par e-mail (entretien impossible, court)",
        "member_note": MEETING_NOTE,
        "subject": "Le poste de {role|[intitulé du poste]}",
        "body": paragraphs(
            "Bonjour {contact_first_name},",
            "Nous n'avons pas trouvé de moment pour nous voir avant la date limite, alors je vous "
            "écris\u00a0: merci d'avoir pensé à moi pour le poste de {role|[intitulé du poste]}, "
            "mais je ne l'accepte pas pour le moment. {reasons}",
            "{door_open}",
            "Pourrions-nous en reparler lors de notre prochain point ensemble\u00a0? Merci encore "
            "pour votre confiance.",
            lines("À bientôt,", SIGNATURE),
        ),
    },
    "promotion-decline-email-formal-short": {
        "name": "Refuser une promotion par e-mail (entretien impossible, formel, court)",
        "member_note": MEETING_NOTE,
        "subject": "Concernant le poste de {role|[intitulé du poste]}",
        "body": paragraphs(
            "Bonjour {contact_first_name|[prénom de votre responsable]},",
            "Comme nous n'avons pas pu nous rencontrer avant la date limite, je vous écris pour "
            "vous confirmer que je n'accepterai pas le poste de {role|[intitulé du poste]} pour le "
            "moment. {reasons}",
            "{door_open}",
            "Je souhaiterais pouvoir en discuter avec vous de vive voix. Merci pour votre soutien.",
            lines("Bien cordialement,", SIGNATURE),
        ),
    },
}
