"""Starter script and email templates in Dutch, as a Flemish professional says and writes them."""

from __future__ import annotations

from apps.content.seeding import lines, paragraphs

SIGNATURE = "{member_name|[Je naam: vul hem in bij Instellingen]}"
REGARDS = "Met vriendelijke groeten,"
WARM_REGARDS = "Hartelijke groeten,"

CALL_NOTE = (
    "Een telefoontje blijft de betere manier om nee te zeggen: het is persoonlijker, en ze "
    "horen het eerst van jou. Stuur deze mail pas als je tevergeefs hebt geprobeerd te bellen; "
    "je biedt er ook in aan om er nog over te praten."
)
MEETING_NOTE = (
    "Je leidinggevende hoort dit best van jou, in een gesprek: vraag een afspraak als het "
    "enigszins kan. Stuur deze mail alleen als jullie niet op tijd kunnen afspreken; je biedt "
    "er ook in aan om het samen te bespreken."
)

SCRIPT_TEMPLATES_NL = {
    "offer-call-script": {
        "name": "Bellen om een jobaanbod af te wijzen",
        "subject": "",
        "body": paragraphs(
            "(Bel van op een rustige plek, met je redenen voor je neus.)",
            "Dag {contact_first_name}, met {member_name|[je naam]}. Heb je een paar minuutjes "
            "om te praten?",
            "(Komt het niet goed uit? Vraag dan wanneer je kunt terugbellen.)",
            "Eerst en vooral bedankt voor het aanbod voor de functie van {role} bij "
            "{organisation}, en voor de tijd die je me tijdens de hele procedure hebt gegeven. "
            "Ik heb jou en het team echt graag leren kennen.",
            "Ik heb er lang over nagedacht, en ik heb beslist om het aanbod niet aan te nemen.",
            "{reasons}",
            "Het was geen makkelijke beslissing, en ik wilde dat je het rechtstreeks van mij "
            "hoorde.",
            "(Laat even een stilte en geef de ander de tijd om te reageren. Vraagt men of iets "
            "je nog van gedachten kan doen veranderen? Antwoord eerlijk; kan niets dat, zeg het "
            "dan vriendelijk.)",
            "{door_open}",
            "Ik stuur je vandaag nog een korte mail ter bevestiging. Nogmaals bedankt, "
            "{contact_first_name}, voor alles.",
        ),
    },
    "promotion-meeting-script": {
        "name": "Gesprek om een promotie af te wijzen",
        "subject": "",
        "body": paragraphs(
            "(Plan minstens een halfuur met je leidinggevende, op een plek waar jullie niet "
            "gestoord worden.)",
            "Bedankt dat je hier tijd voor maakt, {contact_first_name}. Ik wilde je mijn "
            "antwoord over de functie van {role} persoonlijk geven, en goed uitleggen hoe ik "
            "erover denk.",
            "Eerst en vooral bedankt dat je me die kans geeft. Het betekent veel voor me dat je "
            "dat potentieel in mij ziet, en ik heb er grondig over nagedacht.",
            "Ik heb beslist om de functie op dit moment niet aan te nemen.",
            "{reasons}",
            "Ik wil wel duidelijk zijn: dit betekent niet dat ik wil stilstaan. Ik heb goed "
            "nagedacht over waar mijn sterktes liggen en welke richting ik met mijn loopbaan "
            "uit wil, en ik ben liever nu eerlijk met je dan dat ik een functie aanneem waarin "
            "ik niet het beste van mezelf kan geven.",
            "(Laat even een stilte en geef je leidinggevende de ruimte om te reageren. Legt die "
            "uit waarom de keuze op jou viel? Luister dan goed: zo hoor je welke sterktes ze in "
            "jou zien.)",
            "{door_open}",
            "Kunnen we een volgende stap afspreken? Ik stel voor dat we er bij mijn volgende "
            "evaluatiegesprek op terugkomen, zodat we kunnen bekijken hoe de zaken dan staan.",
            "Nogmaals bedankt voor je vertrouwen, en dat je naar me wilde luisteren.",
        ),
    },
    "offer-follow-up-email": {
        "name": "Opvolgmail na het afwijzen van een jobaanbod",
        "subject": "Bedankt, en mijn beslissing over de functie van {role}",
        "body": paragraphs(
            "Beste {contact_first_name|mevrouw, meneer},",
            "Nogmaals bedankt voor ons gesprek van vandaag, en voor het aanbod voor de functie "
            "van {role} bij {organisation}. Ik heb de tijd en de zorg die jij en je collega's "
            "in de procedure hebben gestoken echt gewaardeerd.",
            "Zoals ik aan de telefoon al zei, heb ik beslist om het aanbod niet aan te nemen. "
            "{reasons}",
            "{door_open}",
            "Ik zou het fijn vinden als jullie aan mij blijven denken voor toekomstige "
            "vacatures bij {organisation}. En als er iets verandert aan wat me nu tegenhoudt, "
            "laat ik zelf van me horen.",
            lines(REGARDS, SIGNATURE),
        ),
    },
    "promotion-follow-up-email": {
        "name": "Opvolgmail na het afwijzen van een promotie",
        "subject": "Bedankt voor ons gesprek over de functie van {role}",
        "body": paragraphs(
            "Beste {contact_first_name|collega},",
            "Bedankt dat je vandaag tijd maakte voor ons gesprek, en dat je aan mij dacht voor "
            "de functie van {role}. Het betekent veel voor me dat je me hebt voorgedragen.",
            "Zoals besproken heb ik beslist om de functie op dit moment niet aan te nemen. "
            "{reasons}",
            "{door_open}",
            "Ik stel voor dat we bij mijn volgende evaluatiegesprek samen de balans opmaken. "
            "Nogmaals bedankt voor je vertrouwen, en voor het open gesprek.",
            lines(REGARDS, SIGNATURE),
        ),
    },
    "reconnect-message": {
        "name": "Bericht om opnieuw contact op te nemen",
        "subject": "Even bijpraten?",
        "body": paragraphs(
            "Beste {contact_first_name|[naam van je contactpersoon]},",
            "Ik hoop dat alles goed met je gaat. Het is al een tijdje geleden dat we het over "
            "de functie van {role} hadden, en ik apprecieer nog altijd hoe open je op mijn "
            "beslissing reageerde.",
            "Ik hoor graag hoe het bij jou gaat. Als je de komende weken wat tijd hebt, lijkt "
            "het me leuk om eens bij te praten, bij een koffie of even aan de telefoon.",
            lines(WARM_REGARDS, SIGNATURE),
        ),
    },
    "offer-call-script-formal": {
        "name": "Bellen om een jobaanbod af te wijzen (formeel)",
        "subject": "",
        "body": paragraphs(
            "(Bel van op een rustige plek, met je notities bij de hand. Spreek kalm en neem je "
            "tijd.)",
            "Goedendag {contact_name}, u spreekt met {member_name|[je naam]}. Schikt het om "
            "even een paar minuten te praten?",
            "(Komt het niet gelegen? Spreek dan een moment af om terug te bellen.)",
            "Dank u voor het aanbod voor de functie van {role} bij {organisation}, en voor de "
            "zorg waarmee uw team de selectieprocedure heeft gevoerd. Ik heb onze gesprekken "
            "erg gewaardeerd.",
            "Na grondig nadenken heb ik beslist om het aanbod niet te aanvaarden.",
            "{reasons}",
            "Ik wilde het u persoonlijk laten weten, zodat u de rekrutering zonder vertraging "
            "kunt voortzetten.",
            "(Laat even een stilte en geef de ander de ruimte om te reageren. Vraagt men of "
            "iets je beslissing nog kan veranderen? Antwoord kort en eerlijk.)",
            "{door_open}",
            "Ik bevestig mijn beslissing vandaag nog per e-mail. Nogmaals dank voor uw tijd en "
            "voor de aandacht voor mijn kandidatuur.",
        ),
    },
    "offer-call-script-short": {
        "name": "Bellen om een jobaanbod af te wijzen (kort)",
        "subject": "",
        "body": paragraphs(
            "(Een kort telefoontje: bedanken, je antwoord, je redenen, en de deur openhouden.)",
            "Dag {contact_first_name}, met {member_name|[je naam]}. Heb je twee minuutjes?",
            "Heel erg bedankt voor het aanbod, en voor de tijd die je voor me hebt vrijgemaakt. "
            "Ik heb beslist om het niet aan te nemen.",
            "{reasons}",
            "{door_open}",
            "Ik stuur je nog een korte mail. Nogmaals bedankt, {contact_first_name}.",
        ),
    },
    "offer-call-script-formal-short": {
        "name": "Bellen om een jobaanbod af te wijzen (formeel, kort)",
        "subject": "",
        "body": paragraphs(
            "(Hou het kort en hoffelijk: bedanken, je beslissing, je redenen, en de deur "
            "openhouden.)",
            "Goedendag {contact_name}, u spreekt met {member_name|[je naam]}. Hebt u even tijd?",
            "Dank u voor het aanbod voor de functie van {role} bij {organisation}. Na grondig "
            "nadenken heb ik beslist om het niet te aanvaarden.",
            "{reasons}",
            "{door_open}",
            "Ik bevestig dit vandaag nog schriftelijk. Nogmaals dank voor uw tijd.",
        ),
    },
    "promotion-meeting-script-formal": {
        "name": "Gesprek om een promotie af te wijzen (formeel)",
        "subject": "",
        "body": paragraphs(
            "(Vraag minstens een halfuur in een ruimte waar jullie niet gestoord worden, en "
            "neem je notities mee.)",
            "Dank u dat u tijd vrijmaakt, {contact_first_name}. Ik wil u graag mijn antwoord "
            "geven over de functie van {role}, en toelichten hoe ik tot die beslissing ben "
            "gekomen.",
            "Ik ben u dankbaar voor het aanbod en voor het vertrouwen in mijn werk dat eruit "
            "spreekt. Ik heb het zorgvuldig overwogen.",
            "Mijn beslissing is om de functie voorlopig niet te aanvaarden.",
            "{reasons}",
            "Die keuze vertrekt van een helder beeld van waar ik het meest bijdraag en welke "
            "richting ik met mijn loopbaan uit wil. Ik zeg dat liever open dan dat ik een "
            "functie aanvaard waarvoor ik me niet volledig kan inzetten.",
            "(Laat een stilte en luister. Legt je leidinggevende uit waarom de keuze op jou "
            "viel? Onthoud het: zo weet je welke sterktes ze in jou waarderen.)",
            "{door_open}",
            "Ik zou het op prijs stellen als we dit bij mijn volgende evaluatiegesprek samen "
            "opnieuw bekijken. Dank u voor uw vertrouwen, en voor uw tijd vandaag.",
        ),
    },
    "promotion-meeting-script-short": {
        "name": "Gesprek om een promotie af te wijzen (kort)",
        "subject": "",
        "body": paragraphs(
            "(Ook een kort antwoord verdient een eigen moment: vraag een rustig kwartiertje.)",
            "Bedankt dat je tijd maakt, {contact_first_name}. Ik wilde je mijn antwoord over de "
            "functie van {role} onder vier ogen geven.",
            "Ik apprecieer echt dat je aan mij hebt gedacht. Ik heb beslist om de functie "
            "voorlopig niet aan te nemen.",
            "{reasons}",
            "{door_open}",
            "Kunnen we er bij mijn volgende evaluatiegesprek op terugkomen? Nogmaals bedankt "
            "voor je vertrouwen.",
        ),
    },
    "promotion-meeting-script-formal-short": {
        "name": "Gesprek om een promotie af te wijzen (formeel, kort)",
        "subject": "",
        "body": paragraphs(
            "(Vraag een kort gesprek onder vier ogen; zeg het niet even snel tussen de soep en "
            "de patatten.)",
            "Dank u dat u me wilt ontvangen, {contact_first_name}. Ik heb een beslissing "
            "genomen over de functie van {role}.",
            "Ik waardeer het aanbod en uw vertrouwen in mij. Na rijp beraad heb ik beslist om "
            "de functie op dit moment niet te aanvaarden.",
            "{reasons}",
            "{door_open}",
            "Ik kom er graag op terug bij mijn volgende evaluatiegesprek. Dank u voor uw tijd.",
        ),
    },
    "offer-follow-up-email-formal": {
        "name": "Opvolgmail na het afwijzen van een jobaanbod (formeel)",
        "subject": "Uw aanbod voor de functie van {role} bij {organisation}",
        "body": paragraphs(
            "Geachte {contact_name|mevrouw, meneer},",
            "Dank u voor ons telefoongesprek van vandaag, en nogmaals voor uw aanbod voor de "
            "functie van {role} bij {organisation}. Ik heb de tijd die u en uw collega's in de "
            "selectieprocedure hebben gestoken zeer gewaardeerd.",
            "Zoals ik u uitlegde, heb ik beslist om het aanbod niet te aanvaarden. {reasons}",
            "{door_open}",
            "Ik zou het op prijs stellen als u in de toekomst aan mij denkt voor andere "
            "opportuniteiten bij {organisation}, en ik neem contact met u op als mijn situatie "
            "verandert.",
            lines(REGARDS, SIGNATURE),
        ),
    },
    "offer-follow-up-email-short": {
        "name": "Opvolgmail na het afwijzen van een jobaanbod (kort)",
        "subject": "Bedankt, en mijn antwoord over de functie van {role}",
        "body": paragraphs(
            "Beste {contact_first_name|mevrouw, meneer},",
            "Nogmaals bedankt voor ons gesprek van vandaag. Zoals ik aan de telefoon zei, heb "
            "ik beslist om het aanbod niet aan te nemen. {reasons}",
            "{door_open}",
            "Bedankt voor alles, en het allerbeste voor jou en het team.",
            lines(WARM_REGARDS, SIGNATURE),
        ),
    },
    "offer-follow-up-email-formal-short": {
        "name": "Opvolgmail na het afwijzen van een jobaanbod (formeel, kort)",
        "subject": "Mijn beslissing over de functie van {role}",
        "body": paragraphs(
            "Geachte {contact_name|mevrouw, meneer},",
            "Zoals vandaag telefonisch besproken, bevestig ik dat ik het aanbod voor de functie "
            "van {role} bij {organisation} niet aanvaard. {reasons}",
            "{door_open}",
            "Nogmaals dank voor uw tijd en voor de aandacht voor mijn kandidatuur.",
            lines(REGARDS, SIGNATURE),
        ),
    },
    "promotion-follow-up-email-formal": {
        "name": "Opvolgmail na het afwijzen van een promotie (formeel)",
        "subject": "Naar aanleiding van ons gesprek over de functie van {role}",
        "body": paragraphs(
            "Beste {contact_first_name|[naam van je leidinggevende]},",
            "Dank u voor ons gesprek van vandaag, en dat u aan mij hebt gedacht voor de functie "
            "van {role}. Ik waardeer het vertrouwen dat u in mijn werk stelt.",
            "Ter bevestiging van wat we bespraken: ik heb beslist om de functie op dit moment "
            "niet te aanvaarden. {reasons}",
            "{door_open}",
            "Ik stel voor dat we dit bij mijn volgende evaluatiegesprek samen opnieuw bekijken. "
            "Nogmaals dank voor uw steun.",
            lines(REGARDS, SIGNATURE),
        ),
    },
    "promotion-follow-up-email-short": {
        "name": "Opvolgmail na het afwijzen van een promotie (kort)",
        "subject": "Bedankt voor vandaag",
        "body": paragraphs(
            "Beste {contact_first_name|collega},",
            "Bedankt dat je er vandaag met mij over wilde praten. Zoals ik al zei, neem ik de "
            "functie van {role} voorlopig niet aan. {reasons}",
            "{door_open}",
            "Nogmaals bedankt dat je aan mij dacht.",
            lines(WARM_REGARDS, SIGNATURE),
        ),
    },
    "promotion-follow-up-email-formal-short": {
        "name": "Opvolgmail na het afwijzen van een promotie (formeel, kort)",
        "subject": "Bevestiging van mijn beslissing over de functie van {role}",
        "body": paragraphs(
            "Beste {contact_first_name|[naam van je leidinggevende]},",
            "Aansluitend op ons gesprek van vandaag bevestig ik dat ik de functie van {role} "
            "op dit moment niet aanvaard. {reasons}",
            "{door_open}",
            "Dank u voor uw begrip en uw blijvende steun.",
            lines(REGARDS, SIGNATURE),
        ),
    },
    "offer-decline-email": {
        "name": "Een jobaanbod afwijzen per e-mail (bellen lukt niet)",
        "member_note": CALL_NOTE,
        "subject": "Jullie aanbod voor de functie van {role}, en mijn beslissing",
        "body": paragraphs(
            "Beste {contact_first_name|mevrouw, meneer},",
            "Ik heb je vandaag geprobeerd te bellen, maar ik kon je niet bereiken, en ik wilde "
            "je niet langer laten wachten op mijn antwoord.",
            "Heel erg bedankt voor het aanbod voor de functie van {role} bij {organisation}, en "
            "voor de tijd die jij en het team me hebben gegeven. Ik heb er goed over "
            "nagedacht, en ik heb beslist om het aanbod niet aan te nemen. {reasons}",
            "{door_open}",
            "Ik had het je liever zelf gezegd, dus als je deze week een paar minuten hebt, "
            "praat ik er graag even over. Denk zeker nog aan mij voor toekomstige vacatures "
            "bij {organisation}.",
            lines(REGARDS, SIGNATURE),
        ),
    },
    "offer-decline-email-formal": {
        "name": "Een jobaanbod afwijzen per e-mail (bellen lukt niet, formeel)",
        "member_note": CALL_NOTE,
        "subject": "Uw aanbod voor de functie van {role} bij {organisation}",
        "body": paragraphs(
            "Geachte {contact_name|mevrouw, meneer},",
            "Ik heb geprobeerd u telefonisch te bereiken om u mijn antwoord persoonlijk mee te "
            "delen. Omdat ik u niet langer wilde laten wachten, laat ik het u schriftelijk "
            "weten.",
            "Dank u voor het aanbod voor de functie van {role} bij {organisation}, en voor de "
            "tijd die uw team aan de selectieprocedure heeft besteed. Na grondig nadenken heb "
            "ik beslist om het aanbod niet te aanvaarden. {reasons}",
            "{door_open}",
            "Ik licht mijn beslissing graag telefonisch toe, wanneer het u schikt, en ik zou "
            "het op prijs stellen als u in de toekomst aan mij denkt voor andere "
            "opportuniteiten bij {organisation}.",
            lines(REGARDS, SIGNATURE),
        ),
    },
    "promotion-decline-email": {
        "name": "Een promotie afwijzen per e-mail (afspreken lukt niet)",
        "member_note": MEETING_NOTE,
        "subject": "Mijn antwoord over de functie van {role}",
        "body": paragraphs(
            "Beste {contact_first_name|collega},",
            "Ik had je mijn antwoord graag persoonlijk gegeven, maar we hebben voor de deadline "
            "geen moment gevonden om af te spreken. Daarom laat ik het je schriftelijk weten.",
            "Bedankt dat je aan mij dacht voor de functie van {role}. Het betekent veel voor me "
            "dat je me hebt voorgedragen, en ik heb er grondig over nagedacht. Ik heb beslist "
            "om de functie op dit moment niet aan te nemen. {reasons}",
            "{door_open}",
            "Ik zou er graag eens rustig over praten wanneer we elkaar zien. Nogmaals bedankt "
            "voor je vertrouwen.",
            lines(REGARDS, SIGNATURE),
        ),
    },
    "promotion-decline-email-formal": {
        "name": "Een promotie afwijzen per e-mail (afspreken lukt niet, formeel)",
        "member_note": MEETING_NOTE,
        "subject": "Mijn beslissing over de functie van {role}",
        "body": paragraphs(
            "Beste {contact_first_name|[naam van je leidinggevende]},",
            "Ik had u mijn antwoord liever persoonlijk gegeven. Omdat we voor de deadline geen "
            "moment konden vinden om af te spreken, laat ik het u schriftelijk weten.",
            "Dank u dat u aan mij hebt gedacht voor de functie van {role}, en voor het "
            "vertrouwen in mijn werk dat daaruit spreekt. Na grondig nadenken heb ik beslist "
            "om de functie op dit moment niet te aanvaarden. {reasons}",
            "{door_open}",
            "Ik bespreek dit graag persoonlijk met u, wanneer het u schikt. Dank u voor uw begrip.",
            lines(REGARDS, SIGNATURE),
        ),
    },
    "offer-decline-email-short": {
        "name": "Een jobaanbod afwijzen per e-mail (bellen lukt niet, kort)",
        "member_note": CALL_NOTE,
        "subject": "Mijn antwoord over de functie van {role}",
        "body": paragraphs(
            "Beste {contact_first_name|mevrouw, meneer},",
            "Ik kon je telefonisch niet bereiken, dus hier is mijn antwoord per mail: bedankt "
            "voor het aanbod voor de functie van {role}, maar ik heb beslist om het niet aan te "
            "nemen. {reasons}",
            "{door_open}",
            "Als je even tijd hebt, praat ik er graag over. Nogmaals bedankt, aan jou en aan "
            "het team.",
            lines(WARM_REGARDS, SIGNATURE),
        ),
    },
    "offer-decline-email-formal-short": {
        "name": "Een jobaanbod afwijzen per e-mail (bellen lukt niet, formeel, kort)",
        "member_note": CALL_NOTE,
        "subject": "De functie van {role} bij {organisation}",
        "body": paragraphs(
            "Geachte {contact_name|mevrouw, meneer},",
            "Omdat ik u telefonisch niet kon bereiken, laat ik u schriftelijk weten dat ik "
            "beslist heb om uw aanbod voor de functie van {role} niet te aanvaarden. {reasons}",
            "{door_open}",
            "Dank u voor uw tijd en uw interesse; ik licht dit graag telefonisch toe als u dat "
            "wenst.",
            lines(REGARDS, SIGNATURE),
        ),
    },
    "promotion-decline-email-short": {
        "name": "Een promotie afwijzen per e-mail (afspreken lukt niet, kort)",
        "member_note": MEETING_NOTE,
        "subject": "De functie van {role}",
        "body": paragraphs(
            "Beste {contact_first_name|collega},",
            "We vonden voor de deadline geen moment om af te spreken, dus ik schrijf je even: "
            "bedankt dat je aan mij dacht voor de functie van {role}, maar ik ga er voorlopig "
            "niet op in. {reasons}",
            "{door_open}",
            "Kunnen we er bij ons volgende overleg over praten? Nogmaals bedankt voor je "
            "vertrouwen.",
            lines(WARM_REGARDS, SIGNATURE),
        ),
    },
    "promotion-decline-email-formal-short": {
        "name": "Een promotie afwijzen per e-mail (afspreken lukt niet, formeel, kort)",
        "member_note": MEETING_NOTE,
        "subject": "De functie van {role}",
        "body": paragraphs(
            "Beste {contact_first_name|[naam van je leidinggevende]},",
            "Omdat we elkaar voor de deadline niet konden spreken, bevestig ik u schriftelijk "
            "dat ik de functie van {role} voorlopig niet aanvaard. {reasons}",
            "{door_open}",
            "Ik bespreek het graag nog persoonlijk met u. Dank u voor uw steun.",
            lines(REGARDS, SIGNATURE),
        ),
    },
}
