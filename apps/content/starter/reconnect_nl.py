"""Dutch (Flemish) starter reconnect ideas, keyed by the slug of the idea in reconnect.py."""

from __future__ import annotations

RECONNECT_IDEAS_NL = {
    "thank-and-connect": {
        "title": "Bedank en blijf in contact",
        "opener": (
            "Nog eens bedankt voor ons gesprek over de functie, en voor het begrip waarmee je "
            "mijn beslissing onthaalde. Ik zou graag in contact blijven."
        ),
        "detail": (
            "Een kort berichtje en een uitnodiging op LinkedIn, een week of twee na je "
            "beslissing, maken van een afgesloten sollicitatie een open contact. Hou het bij "
            "twee of drie zinnen en kom niet terug op de beslissing."
        ),
    },
    "recommend-someone": {
        "title": "Beveel iemand aan voor de functie",
        "opener": (
            "Ik heb sinds ons gesprek nog aan de functie gedacht, en een voormalige collega van "
            "mij zou er weleens heel goed bij kunnen passen. Heb je er iets aan als ik jullie "
            "met elkaar in contact breng?"
        ),
        "detail": (
            "Alleen als je echt iemand kent die geschikt is, en alleen als die persoon akkoord "
            "gaat. Helpen om de functie in te vullen die jij hebt afgeslagen, is een van de "
            "gulste manieren om de deur open te houden."
        ),
    },
    "report-back-on-alternatives": {
        "title": "Vertel hoe het loopt met wat je aanbood",
        "opener": (
            "Ik wilde je even laten weten welke taken ik heb opgenomen sinds we over de functie "
            "spraken, en horen hoe jij het ziet."
        ),
        "detail": (
            "Toon een maand later dat de alternatieven die je aanbood gemeend waren: vertel wat "
            "je gedaan hebt, wat goed loopt en wat je daarna nog zou kunnen opnemen."
        ),
    },
    "follow-up-on-training": {
        "title": "Kom terug op opleiding en ondersteuning",
        "opener": (
            "Toen we over de functie spraken, kwam ook een opleiding ter sprake die me zou "
            "kunnen helpen groeien. Kunnen we samen eens naar de mogelijkheden kijken?"
        ),
        "detail": (
            "Heb je naar ondersteuning of opleiding gevraagd, pak het dan op voor het in de "
            "vergetelheid raakt. Veel werkgevers staan ervoor open, en met een concreet plan "
            "wordt 'nu niet' 'als ik er klaar voor ben'."
        ),
    },
    "ask-about-the-business": {
        "title": "Vraag hoe het met het bedrijf gaat",
        "opener": (
            "Het is al een paar maanden geleden dat we elkaar spraken, en ik vroeg me af hoe het "
            "bij jullie gaat. Ik hoop dat jullie de juiste persoon voor de functie gevonden "
            "hebben."
        ),
        "detail": (
            "Vraag hoe het met het bedrijf gaat, niet naar vacatures: zo blijft het gesprek "
            "luchtig. Let op nieuws waarop je later kunt terugkomen."
        ),
    },
    "share-something-useful": {
        "title": "Deel iets nuttigs",
        "opener": (
            "Ik las dit stuk en moest meteen aan ons gesprek denken. Misschien heb je er iets aan."
        ),
        "detail": (
            "Een relevant artikel, rapport of podcast toont dat je onthouden hebt wat de ander "
            "bezighoudt. Schrijf er in één zin bij waarom het je aan die persoon deed denken, en "
            "verwacht geen lang antwoord."
        ),
    },
    "meet-at-an-industry-event": {
        "title": "Zie elkaar terug op een sectorevenement",
        "opener": (
            "Ik zie dat we allebei naar het congres van volgende maand gaan. Het zou leuk zijn "
            "om daar even goeiedag te zeggen, als je een momentje hebt."
        ),
        "detail": (
            "Vakbeurzen, lezingen, meet-ups en avonden van beroepsverenigingen zijn natuurlijke "
            "plekken om elkaar terug te zien zonder agenda. Kijk wie er komt en stel voor om "
            "tussen twee sessies een koffie te drinken."
        ),
    },
    "revisit-development-plan": {
        "title": "Maak de balans op van je ontwikkeling",
        "opener": (
            "Het is zes maanden geleden dat we over de functie spraken. Ik zou graag samen "
            "bekijken hoe ik sindsdien gegroeid ben, en praten over wat de volgende stap kan "
            "zijn."
        ),
        "detail": (
            "Gebruik een vast overlegmoment of een functioneringsgesprek. Breng voorbeelden mee "
            "van wat je geleerd hebt en van wat je hebt bijgedragen; kijk je intussen anders "
            "naar de functie, dan is dit een natuurlijk moment om dat te zeggen."
        ),
    },
    "congratulate-on-news": {
        "title": "Feliciteer bij goed nieuws",
        "opener": (
            "Ik las net het goede nieuws en wil je graag feliciteren. Dat is echt een mooie "
            "prestatie, voor jou en voor het hele team."
        ),
        "detail": (
            "Een lancering, een prijs, een nieuw kantoor of een promotie: oprechte felicitaties "
            "zijn altijd welkom en vragen niets terug. De bedrijfspagina en LinkedIn zijn goede "
            "plekken om een aanleiding te vinden om te schrijven."
        ),
    },
    "one-year-coffee": {
        "title": "Een jaar later: stel een koffie voor",
        "opener": (
            "Het is ongeveer een jaar geleden dat we over de functie spraken, en ik ben benieuwd "
            "hoe het je intussen vergaan is. Zou je de komende weken tijd hebben voor een "
            "koffie?"
        ),
        "detail": (
            "Een jaar na datum is een makkelijke aanleiding om contact op te nemen. Stel een "
            "korte koffie of videocall voor, en kom met een vraag over het werk van je "
            "contactpersoon, niet met een verzoek."
        ),
    },
    "ready-for-the-next-step": {
        "title": "Zeg het als je klaar bent voor de volgende stap",
        "opener": (
            "Toen we het de vorige keer over mijn ontwikkeling hadden, zei ik dat ik eerst meer "
            "ervaring wilde opdoen voor ik een grotere functie op me nam. Ik merk dat ik er "
            "stilaan klaar voor ben, en ik zou graag bespreken wat de volgende stap kan zijn."
        ),
        "detail": (
            "Zijn de ervaring, opleiding of omstandigheden die je nodig had er nu, heropen het "
            "gesprek dan zelf. Je leidinggevende zal nog weten hoe doordacht je 'nog niet' zei."
        ),
    },
    "share-your-own-news": {
        "title": "Deel je eigen nieuws",
        "opener": (
            "Ik ben dit jaar aan een nieuw project begonnen dat aansluit bij waar we het toen "
            "over hadden, en ik dacht dat je misschien graag zou horen hoe het loopt."
        ),
        "detail": (
            "Verandert er iets in je eigen loopbaan, zoals een nieuw diploma, een project of "
            "een functie, dan weten ze via een korte update wat je nu te bieden hebt. Hou het "
            "bescheiden en concreet."
        ),
    },
    "offer-an-introduction": {
        "title": "Bied aan om iemand voor te stellen",
        "opener": (
            "Ik leerde onlangs iemand kennen die met uitdagingen bezig is die sterk op die van "
            "jou lijken, en ik denk dat jullie elkaar veel te vertellen hebben. Zal ik jullie "
            "aan elkaar voorstellen?"
        ),
        "detail": (
            "Mensen met elkaar in contact brengen is een gulle, laagdrempelige manier om in "
            "iemands gedachten te blijven. Vraag het eerst aan beide kanten, en leg in één zin "
            "uit waarom ze elkaar zouden moeten ontmoeten."
        ),
    },
    "tell-them-something-changed": {
        "title": "Laat weten dat er iets veranderd is",
        "opener": (
            "Toen we over de functie spraken, vertelde ik wat me tegenhield. Dat is intussen "
            "veranderd, en als er ooit opnieuw iets passends is, praat ik er graag over."
        ),
        "detail": (
            "Verandert de factor achter je beslissing, zoals een verhuis, een verandering thuis "
            "of een nieuwe fase in je loopbaan, laat het dan weten. Je zei dat je het zou doen, "
            "en het is net het nieuws dat ze willen horen."
        ),
    },
    "two-years-on": {
        "title": "Twee jaar later: even bijpraten",
        "opener": (
            "Het is een paar jaar geleden dat we voor het eerst over de functie spraken, en bij "
            "mij is er intussen veel veranderd. Ik zou graag eens bijpraten, als je tijd hebt."
        ),
        "detail": (
            "Lange stiltes zijn normaal. Een vriendelijke babbel nu houdt het contact levend "
            "voor de volgende keer dat jullie wegen elkaar professioneel kruisen."
        ),
    },
}
