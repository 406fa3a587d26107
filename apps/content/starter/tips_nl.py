"""Dutch (Flemish) starter step tips, keyed by the slug of the English tip in tips.py."""

from __future__ import annotations

from apps.content.seeding import paragraphs

STEP_TIPS_NL = {
    # Situatie
    "situation-decide-first": {
        "title": "Eerst beslissen, dan plannen hoe je het zegt",
        "body": paragraphs(
            "Dit stappenplan is er voor een beslissing die je al genomen hebt. Twijfel je nog, "
            "neem dan eerst die tijd: een nee die halverwege het gesprek begint te wankelen, is "
            "voor iedereen zwaarder dan een duidelijk nee.",
            "Heb je beslist, noteer dan de praktische details voor je iemand contacteert: wie "
            "het als eerste moet horen, hoe je die persoon bereikt en tegen wanneer je antwoord "
            "verwacht wordt.",
        ),
    },
    "situation-offer-who-to-tell": {
        "title": "Laat het weten aan wie je het aanbod deed",
        "body": paragraphs(
            "Je antwoord gaat naar de persoon die je het aanbod deed, meestal de toekomstige "
            "leidinggevende of de recruiter die je door de selectieprocedure begeleidde. Liep "
            "het via een rekruteringsbureau, laat het je contactpersoon daar dan dezelfde dag "
            "weten.",
            "Noteer hier ook het telefoonnummer. Je belt beter dan dat je schrijft, en dan is "
            "het handig dat je het nummer meteen bij de hand hebt.",
        ),
    },
    "situation-promotion-who-to-tell": {
        "title": "Laat je leidinggevende het eerst van jou horen",
        "body": paragraphs(
            "Vertel het aan de leidinggevende die je de functie aanbood, nog voor je je "
            "beslissing bij collega's ter sprake brengt. Nieuws gaat snel rond in een team, en "
            "wie het via via hoort, begint al met een kater aan een gesprek dat anders goed had "
            "kunnen verlopen.",
            "Waren HR of iemand hoger in de organisatie bij het aanbod betrokken, overleg dan "
            "met je leidinggevende hoe zij het best op de hoogte worden gebracht.",
        ),
    },
    # Redenen
    "reasons-brainstorm-first": {
        "title": "Schrijf je redenen op voor je iets zegt",
        "body": paragraphs(
            "Neem tien minuten om elke reden achter je beslissing op te schrijven, groot en "
            "klein, voor je iemand contacteert. Op papier zie je makkelijker welke twee of drie "
            "echt de doorslag gaven, en net die zijn het waard om te delen.",
            "Er bestaat geen vaste lijst van goede of foute redenen. De locatie, je gezin, je "
            "loon, je gezondheid, de richting van je loopbaan: wat telt, is dat je keuze past "
            "bij je eigen waarden, doelen en talenten.",
        ),
    },
    "reasons-honest-not-blunt": {
        "title": "Eerlijk, maar niet bot",
        "body": paragraphs(
            "Deel je echte redenen, maar verwoord ze met zorg. 'Het loon is te laag' en 'In "
            "deze fase van mijn loopbaan mik ik op een hogere verloning' zeggen hetzelfde, maar "
            "alleen de tweede zin houdt het gesprek open.",
            "Terwijl je typt, wijst de toontoets je op woorden die verkeerd kunnen overkomen en "
            "stelt hij een rustigere formulering voor. Je eigen woorden houden mag altijd.",
        ),
    },
    "reasons-keep-some-private": {
        "title": "Sommige redenen mag je voor jezelf houden",
        "body": paragraphs(
            "Jij kiest welke redenen je deelt en welke je voor jezelf houdt. Bij gezondheid of "
            "familiezaken hoef je niet in detail te treden: 'persoonlijke omstandigheden' is "
            "een eerlijk en volledig antwoord.",
            "Redenen die je privé houdt en de notities die je voor jezelf schrijft, komen nooit "
            "in je scripts en e-mails terecht.",
        ),
    },
    "reasons-promotion-self-awareness": {
        "title": "Toon zelfkennis, geen gebrek aan ambitie",
        "body": paragraphs(
            "Wie een promotie afslaat, wordt soms onterecht bekeken als iemand zonder "
            "gedrevenheid. Koppel je redenen daarom aan wat je over jezelf weet: waar je op je "
            "best bent, waarin je beter wilt worden en welke richting je met je loopbaan uit "
            "wilt.",
            "Je staat daar niet alleen in. In de loonstudie 2025 van een rekruteringsbureau in "
            "België noemde 31% van de professionals die een jobwissel plannen het evenwicht "
            "tussen werk en privé als reden. Weten wat je prioriteiten zijn, is een sterkte.",
        ),
    },
    # De deur openhouden
    "door-open-mean-it": {
        "title": "Zeg alleen wat je meent",
        "body": paragraphs(
            "De deur openhouden werkt als het oprecht is. Zeg alleen dat je ooit graag zou "
            "samenwerken als dat ook echt zo is.",
            "Eén concrete zin is meer waard dan een handvol warme maar vage, en dat verschil "
            "blijft hangen.",
        ),
    },
    "door-open-offer-what-would-change": {
        "title": "Zeg wat je alsnog zou overtuigen",
        "body": paragraphs(
            "Hield één ding je echt tegen, zoals het woon-werkverkeer, het loonpakket of de "
            "timing, zeg dan dat je graag opnieuw praat als daar iets verandert. Zo blijft de "
            "werkgever iets concreets van je bij.",
            "Zeg daarna gewoon dat je graag contact houdt. In 2011 pleitte een artikel in de "
            "Harvard Business Review er al voor om de deur uitdrukkelijk open te houden, in "
            "plaats van te hopen dat de ander dat vanzelf begrijpt.",
        ),
    },
    "door-open-promotion-alternatives": {
        "title": "Toon hoe je op een andere manier kunt bijdragen",
        "body": paragraphs(
            "Je leidinggevende zit nog altijd met een lege plek. Kom met een of twee manieren "
            "waarop je kunt helpen zonder de functie op te nemen: een nieuwe collega "
            "begeleiden, een project trekken, je expertise delen met het team of wie de job "
            "wel aanneemt op weg helpen.",
            "Bied alleen aan wat je echt kunt waarmaken. Een bescheiden aanbod dat je nakomt, "
            "is meer waard dan een gul aanbod dat stilletjes doodbloedt.",
        ),
    },
    "door-open-promotion-support": {
        "title": "Vraag naar begeleiding en opleiding",
        "body": paragraphs(
            "Vraagt de functie een vaardigheid die je nog niet hebt, zoals leidinggeven aan "
            "een team, zeg dat dan eerlijk en vraag welke ondersteuning je zou helpen. Veel "
            "werkgevers staan daarvoor open: in dezelfde studie uit 2025 zei 40% bereid te zijn "
            "om extra opleiding aan te bieden.",
            "Door ernaar te vragen toon je dat je antwoord over timing en voorbereiding gaat, "
            "niet over stilstaan.",
        ),
    },
    "door-open-promotion-future": {
        "title": "Sluit af met waar je naartoe wilt",
        "body": paragraphs(
            "Eindig met waar je naartoe wilt, niet met wat je afslaat. Een zin als 'Ik wil hier "
            "verder groeien, en ik kom er graag op terug zodra ik meer ervaring heb' laat je "
            "leidinggevende weten dat je nog altijd betrokken bent.",
            "Wat je hier schrijft, wordt het slot van je gespreksscript en je opvolgmail.",
        ),
    },
    # Gesprek
    "conversation-offer-call-promptly": {
        "title": "Bel snel, ruim voor de deadline",
        "body": paragraphs(
            "Grijp naar de telefoon zodra je beslist hebt. Een telefoontje is persoonlijker en "
            "professioneler dan een e-mail, en met een vroeg antwoord kan de werkgever nog bij "
            "andere kandidaten terecht zolang die beschikbaar zijn.",
            "Bel bij voorkeur een dag of twee voor de deadline, op een moment dat geen van "
            "jullie gehaast is. Krijg je de voicemail, laat dan een kort bericht achter met de "
            "vraag om je terug te bellen, in plaats van je antwoord in te spreken.",
        ),
    },
    "conversation-offer-keep-it-short": {
        "title": "Hou het telefoontje kort en hartelijk",
        "body": paragraphs(
            "Het telefoontje heeft vier delen: bedanken, je beslissing meedelen, kort je "
            "redenen toelichten en afronden met de wens om contact te houden. Vijf minuten "
            "volstaan vaak.",
            "Vraagt men of iets je nog van gedachten kan doen veranderen, antwoord dan eerlijk. "
            "Kan niets dat, zeg het dan vriendelijk: valse hoop houdt geen deur open.",
        ),
    },
    "conversation-promotion-book-time": {
        "title": "Plan echt tijd in met je leidinggevende",
        "body": paragraphs(
            "Dit is een gesprek, geen mededeling. Vraag een apart overleg van minstens een "
            "halfuur, live of via video, in plaats van het aan te kaarten op het einde van een "
            "andere vergadering of tussen de soep en de patatten.",
            "Kies een moment waarop geen van jullie gehaast is, zodat er ruimte is om te praten "
            "over wat er daarna komt.",
        ),
    },
    "conversation-promotion-be-open": {
        "title": "Wees open over je sterktes en ambities",
        "body": paragraphs(
            "Je kreeg de functie aangeboden omdat je leidinggevende in je gelooft. Leg eerlijk "
            "uit waar je goed in bent, wat je nog wilt ontwikkelen en waarom deze functie nu "
            "niet past.",
            "Luister evenveel als je praat. Hoe je leidinggevende naar je sterktes kijkt, kan "
            "je verrassen, en het helpt jullie om samen de volgende stap af te spreken.",
        ),
    },
    "conversation-say-it-then-listen": {
        "title": "Zeg het, en luister dan",
        "body": paragraphs(
            "Heb je je antwoord gegeven, hou dan even stil en laat de ander reageren. Je hoeft "
            "de stilte niet op te vullen, je beslissing niet te verdedigen en geen nieuwe "
            "redenen aan te halen.",
            "Noteer achteraf hoe het ging, nu het nog vers is: wat er gezegd werd en wat jullie "
            "afspraken. Dat helpt bij je opvolgmail en als je later opnieuw contact opneemt.",
        ),
    },
    # Opvolgmail
    "email-same-day": {
        "title": "Bevestig het nog dezelfde dag schriftelijk",
        "body": paragraphs(
            "Een korte e-mail na het gesprek bevestigt je beslissing en laat er een vriendelijk "
            "spoor van na. Verstuur die dezelfde dag, of uiterlijk de volgende ochtend.",
            "De tekst die je hier krijgt, is maar een vertrekpunt. Verander gerust alles wat "
            "niet klinkt zoals jij het zou zeggen.",
        ),
    },
    "email-offer-what-to-include": {
        "title": "Wat erin hoort na een jobaanbod",
        "body": paragraphs(
            "Bedank nog eens, vat je redenen samen in een zin of twee en vraag om je in "
            "gedachten te houden voor toekomstige vacatures. Gaf één factor de doorslag, zeg "
            "dan dat je contact opneemt als die verandert.",
            "Stuur de mail naar de persoon met wie je gesproken hebt. Was er een recruiter bij "
            "betrokken, zet die dan ook in cc.",
        ),
    },
    "email-promotion-confirm-agreements": {
        "title": "Zet jullie afspraken zwart op wit",
        "body": paragraphs(
            "Bedank je leidinggevende voor het gesprek en het vertrouwen, bevestig je "
            "beslissing en zet op een rij wat jullie afspraken: de alternatieven die je "
            "aanbood, de opleiding of ondersteuning die ter sprake kwam en wanneer jullie "
            "opnieuw samenzitten.",
            "Zo'n schriftelijke neerslag helpt jullie allebei, en hij toont dat je het meende "
            "toen je zei dat je wilde groeien.",
        ),
    },
    # Opnieuw contact
    "reconnect-light-and-regular": {
        "title": "Hou luchtig en geregeld contact",
        "body": paragraphs(
            "Een deur openhouden vraagt wat moeite, gespreid over de tijd. Om de paar maanden "
            "een berichtje is genoeg: vraag hoe het gaat, deel iets nuttigs, feliciteer bij "
            "goed nieuws.",
            "Bij elke herinnering krijg je een idee en een openingszin, maar verschuif de "
            "datums gerust naar wat natuurlijk aanvoelt. Niemand voelt zich graag een puntje "
            "op een lijstje.",
        ),
    },
    "reconnect-offer-next-time-they-hire": {
        "title": "Zorg dat ze aan je denken bij de volgende vacature",
        "body": paragraphs(
            "Sectorevenementen, lezingen en vakbeurzen zijn makkelijke plekken om elkaar terug "
            "te zien zonder agenda. Zeg goeiedag, vraag hoe het met het bedrijf gaat en hou het "
            "luchtig.",
            "Komt er een nieuwe vacature, dan denken ze eerst aan de mensen van wie ze onlangs "
            "nog iets hoorden.",
        ),
    },
    "reconnect-promotion-development": {
        "title": "Hou je ontwikkeling op de agenda",
        "body": paragraphs(
            "Je leidinggevende zit dichtbij, dus contact houden betekent hier: doen wat je "
            "zei. Koppel terug over de alternatieven die je aanbood, volg de opleiding waarover "
            "jullie spraken en breng je ontwikkeling ter sprake in jullie vaste overlegmomenten.",
            "Veranderen je omstandigheden of ambities, zeg het dan. Je zei 'nu niet', en het "
            "mag gerust van jou komen om het gesprek te heropenen.",
        ),
    },
    # Overzicht
    "summary-keep-for-later": {
        "title": "Bewaar dit plan voor later",
        "body": paragraphs(
            "Op deze pagina staat je hele plan bij elkaar: je redenen, wat je gaat zeggen en "
            "wat er afgesproken is. Druk het af, of hou het open als notities je helpen tijdens "
            "het gesprek.",
            "Kom erop terug wanneer je opnieuw contact opneemt. Over een paar maanden herinnert "
            "het je precies aan wat je zei en aan wat er intussen veranderd kan zijn.",
        ),
    },
}
