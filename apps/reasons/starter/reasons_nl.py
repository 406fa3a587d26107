"""Starter reasons in Dutch (Flemish): legitimate reasons to decline, with ways to say them."""

from __future__ import annotations

from apps.content.seeding import lines

REASONS_NL = {
    "location-commute": {
        "title": "Locatie of verplaatsing",
        "explanation": (
            "Waar een job zich bevindt, bepaalt elke werkdag: de rit, de kosten en de tijd die "
            "overblijft voor al de rest. Een verplaatsing of verhuizing die je zou uitputten, is "
            "een praktische reden die de meeste werkgevers meteen begrijpen. Ze zegt niets over "
            "de functie of de mensen, en dat maakt ze makkelijk om te delen."
        ),
        "phrasings": lines(
            "De dagelijkse verplaatsing zou ik naast mijn andere verplichtingen moeilijk "
            "kunnen volhouden.",
            "Voor deze functie zou ik moeten verhuizen, en die stap kan ik op dit moment niet "
            "zetten.",
            "Ik heb de verplaatsing goed afgewogen, en ik denk niet dat de locatie op lange "
            "termijn haalbaar is voor mij.",
            "Ik besef dat de rit meer tijd en energie van mijn week zou opslorpen dan ik er nu "
            "in kan steken.",
        ),
        "phrasings_to_avoid": lines(
            "Die verplaatsing is een regelrechte nachtmerrie.",
            "Geen mens met gezond verstand rijdt elke dag zo ver.",
            "Wie wil er nu in zo'n uithoek gaan werken?",
        ),
    },
    "family-commitments": {
        "title": "Gezinsverplichtingen",
        "explanation": (
            "De zorg voor kinderen, een partner of een vader of moeder op leeftijd is een van "
            "de vaakst genoemde redenen om een functie af te slaan, en een van de meest "
            "gerespecteerde. Je hoeft niet in detail te treden: zeggen dat de functie op dit "
            "moment niet te combineren is met je gezinsleven, volstaat. Een goede werkgever "
            "hoort daarin dat je je prioriteiten kent."
        ),
        "phrasings": lines(
            "De functie zou op dit moment moeilijk te combineren zijn met de zorg voor mijn gezin.",
            "Door mijn gezinssituatie is dit niet het juiste moment om zo'n verandering aan "
            "te gaan.",
            "Ik heb nagedacht over wat de functie van mijn tijd zou vragen, en in deze fase wil "
            "ik er volledig kunnen zijn voor mijn gezin.",
        ),
        "phrasings_to_avoid": lines(
            "Met de kinderen gaat dat gewoon niet.",
            "Jullie uren zijn echt niet gezinsvriendelijk.",
            "Mijn partner ziet het niet zitten.",
        ),
    },
    "compensation": {
        "title": "Verloning",
        "explanation": (
            "Het loon is een volkomen terechte reden om af te zeggen, en het eerlijk zeggen "
            "helpt de werkgever meer dan een vaag excuus. De kunst is om te praten over wat je "
            "zoekt, niet over wat er mis is met hun aanbod. Zo blijft de toon respectvol, en "
            "weten ze precies wat later het verschil kan maken."
        ),
        "phrasings": lines(
            "In deze fase van mijn loopbaan zoek ik een hoger verloningsniveau.",
            "Alles samen bekeken sluit het totale pakket niet helemaal aan bij wat ik op dit "
            "moment zoek.",
            "Ik wil er open over zijn dat het pakket voor mij de doorslag gaf, ook al sprak de "
            "functie zelf me erg aan.",
            "Ik zoek een pakket dat iets beter aansluit bij mijn ervaring.",
        ),
        "phrasings_to_avoid": lines(
            "Dat loon is veel te laag.",
            "Elders verdien ik veel meer.",
            "Eerlijk gezegd is dat bod een lachertje.",
        ),
    },
    "personal-circumstances": {
        "title": "Persoonlijke omstandigheden of gezondheid",
        "explanation": (
            "Soms is de echte reden privé, zoals je eigen gezondheid of die van iemand die je "
            "na staat. Je hebt het recht om de details voor jezelf te houden: 'persoonlijke "
            "omstandigheden' is een eerlijk en volledig antwoord, en een attente werkgever "
            "dringt niet verder aan. Nu nee zeggen is vaak beter voor iedereen dan een functie "
            "aannemen waar je niet je volle aandacht aan kunt geven."
        ),
        "phrasings": lines(
            "Om persoonlijke redenen is dit voor mij niet het juiste moment voor een nieuwe "
            "functie.",
            "Mijn persoonlijke omstandigheden zijn veranderd, en ik heb een tijdje nood aan "
            "rust en stabiliteit.",
            "Er vragen op dit moment een aantal dingen in mijn privéleven mijn aandacht, dus ik "
            "heb beslist om niet verder te gaan.",
            "Ik ga liever niet in detail, maar door mijn omstandigheden kan ik deze functie nu "
            "niet de aandacht geven die ze verdient.",
        ),
        "phrasings_to_avoid": lines(
            "Ik zit op dit moment wat op mijn tandvlees.",
            "Thuis is het momenteel één grote miserie.",
            "Mijn dokter zegt dat ik dat niet aankan.",
        ),
    },
    "work-life-balance": {
        "title": "Evenwicht tussen werk en privé",
        "explanation": (
            "Je bent zeker niet de enige die dit afweegt: in de loonenquête 2025 van een "
            "rekruteringsbureau in België noemde 31 procent van de professionals die van job "
            "willen veranderen het evenwicht tussen werk en privé als reden. Je tijd en energie "
            "bewaken is geen gebrek aan inzet; zo blijf je jarenlang goed in je werk. Beschrijf "
            "het evenwicht dat je wilt behouden, in plaats van te klagen over de uren."
        ),
        "phrasings": lines(
            "Een gezond evenwicht tussen mijn werk en de rest van mijn leven is in deze fase "
            "erg belangrijk voor mij.",
            "Ik heb eerlijk bekeken wat de functie van mijn tijd zou vragen, en ik denk niet dat "
            "ik dan het evenwicht zou kunnen bewaren dat me helpt om goed werk te leveren.",
            "Ik wil het evenwicht tussen werk en thuis behouden dat ik nu heb, en deze functie "
            "zou daar meer aan veranderen dan ik nu wil.",
            "Ik werk het best als ik 's avonds echt kan afschakelen, en dat wil ik zo houden.",
        ),
        "phrasings_to_avoid": lines(
            "Die uren zijn gewoon zot.",
            "Ik ga me daarvoor niet kapotwerken.",
            "Zo hard wil ik nu ook weer niet werken.",
        ),
    },
    "specialist-not-manager": {
        "title": "Specialist blijven in plaats van leiding te geven",
        "explanation": (
            "Heel wat uitstekende specialisten hebben geen zin om leiding te geven, en dat van "
            "jezelf weten is een sterkte. Mensen aansturen is een ander vak, niet gewoon de "
            "volgende trede op de ladder. Zeggen dat je je expertise wilt verdiepen, toont dat "
            "je goed ziet waar je het meest bijdraagt: het tegendeel van een gebrek aan ambitie."
        ),
        "phrasings": lines(
            "Ik ben op mijn best als specialist die zelf mee de handen uit de mouwen steekt, "
            "en ik verdiep die expertise liever dan nu de stap naar leidinggeven te zetten.",
            "Wat ik het liefst doe, is het inhoudelijke werk in mijn vak, en daarin wil ik "
            "verder groeien.",
            "Ik heb nagedacht over waar ik het meest bijdraag aan het team, en ik denk dat dat "
            "in mijn vakgebied is, niet in het aansturen van mensen.",
            "Ik ben liever een uitstekende specialist dan een leidinggevende met tegenzin.",
        ),
        "phrasings_to_avoid": lines(
            "Leidinggeven, daar heb ik geen goesting in.",
            "Een team aansturen lijkt me een hel.",
            "Met mensen omgaan, dat is niks voor mij.",
        ),
    },
    "career-direction": {
        "title": "De richting van je loopbaan",
        "explanation": (
            "Een goede functie kan toch de verkeerde volgende stap zijn. Als ze je zou "
            "wegtrekken van de vaardigheden, de sector of het soort werk waar je naartoe werkt, "
            "dan toont nee zeggen een heldere kijk op je loopbaan, geen besluiteloosheid. Er "
            "bestaat geen vaste lijst van goede of foute redenen: wat telt, is dat je keuze "
            "aansluit bij je eigen doelen en waarden."
        ),
        "phrasings": lines(
            "Ik heb er grondig over nagedacht, en de functie past niet bij de richting die ik "
            "de komende jaren met mijn loopbaan uit wil.",
            "Ik wil mijn ervaring in een bepaald domein verder uitbouwen, en deze functie zou "
            "me een andere richting uit sturen.",
            "Ik heb een vrij duidelijk beeld van waar ik over een paar jaar wil staan, en ik "
            "denk niet dat deze stap me daar brengt.",
        ),
        "phrasings_to_avoid": lines(
            "Die job is een doodlopend straatje.",
            "Dat leidt toch nergens naartoe.",
            "Ik mik wel wat hoger dan dat.",
        ),
    },
    "content-in-current-role": {
        "title": "Tevreden in je huidige functie",
        "explanation": (
            "Tevreden zijn waar je nu zit, is op zich al een reden. Misschien leer je nog bij, "
            "haal je voldoening uit het werk en de mensen, of ben je nog niet klaar met wat je "
            "je had voorgenomen. Bij een promotie toon je zo dat je waardeert wat je hebt en "
            "weet wat bij je past, en dat is iets anders dan een gebrek aan ambitie."
        ),
        "phrasings": lines(
            "Ik doe mijn huidige werk heel graag, en ik heb het gevoel dat ik er nog veel kan "
            "leren en bijdragen.",
            "Ik besef dat ik me goed voel op de plek waar ik nu zit, en ik wil mijn huidige "
            "werk nog wat meer tijd geven.",
            "Er lopen projecten in mijn huidige functie die ik wil afwerken voor ik aan een "
            "verandering denk.",
        ),
        "phrasings_to_avoid": lines(
            "Veranderen, daar heb ik eigenlijk geen zin in.",
            "Waarom zou ik meer verantwoordelijkheid willen?",
            "Ik zit hier goed, waarom zou ik nog moeite doen?",
        ),
    },
    "accepted-another-offer": {
        "title": "Ander aanbod aanvaard",
        "explanation": (
            "Sollicitaties lopen vaak naast elkaar, en soms past een ander aanbod beter bij je "
            "situatie. Dat vroeg en duidelijk laten weten, is het meest respectvolle wat je kunt "
            "doen: zo kan de werkgever zich tot andere kandidaten richten. Je hoeft de andere "
            "organisatie niet te noemen en de twee aanbiedingen niet te vergelijken."
        ),
        "phrasings": lines(
            "Ik heb een ander aanbod aanvaard dat op dit moment beter bij mijn situatie past.",
            "Ik heb beslist om op een andere functie in te gaan. Die keuze was niet makkelijk, "
            "want ik heb onze gesprekken erg gewaardeerd.",
            "Er is een andere opportuniteit op mijn pad gekomen die net iets beter aansluit bij "
            "wat ik zoek, en daar heb ik ja op gezegd.",
        ),
        "phrasings_to_avoid": lines(
            "Ik heb een beter aanbod gekregen.",
            "Daar leggen ze meer op tafel dan jullie.",
            "De concurrentie heeft me een veel beter bod gedaan.",
        ),
    },
    "timing": {
        "title": "Timing of een persoonlijk project",
        "explanation": (
            "Soms is de functie goed, maar het moment niet: misschien rond je een opleiding af, "
            "zit je midden in een verhuizing of verwacht je binnenkort een nieuw gezinslid. "
            "Timing is een eerlijke reden, en die houdt de deur vanzelf open, want momenten "
            "veranderen. Zeg waar het kan ongeveer wanneer de zaken er anders kunnen uitzien."
        ),
        "phrasings": lines(
            "De timing is voor mij niet goed: ik heb me geëngageerd voor een persoonlijk "
            "project dat ik eerst wil afronden.",
            "Ik zit midden in een opleiding, en die wil ik afronden voor ik aan zo'n "
            "verandering begin.",
            "Deze functie komt op een moment dat ik mijn focus elders moet houden, maar later "
            "praat ik er graag nog eens over.",
            "Ik heb de komende maanden verplichtingen die ik eerst wil nakomen voor ik een "
            "overstap maak.",
        ),
        "phrasings_to_avoid": lines(
            "Ik heb al genoeg aan mijn hoofd.",
            "Vraag het me volgend jaar nog eens, misschien.",
            "Slechter kan de timing echt niet.",
        ),
    },
    "team-culture-fit": {
        "title": "Klik met het team of de cultuur",
        "explanation": (
            "Tijdens een selectieprocedure krijg je een gevoel van hoe een team werkt, en soms "
            "voel je aan dat je daar niet op je best zou zijn. Dat is een terechte conclusie, "
            "maar het is ook de reden die het snelst als kritiek overkomt. Praat over hoe jij "
            "graag werkt, niet over wat er volgens jou mis is met hen."
        ),
        "phrasings": lines(
            "Ik heb gemerkt dat ik het best werk in een iets ander soort omgeving, en daar wil "
            "ik eerlijk over zijn.",
            "Na onze gesprekken denk ik dat de manier van werken niet goed genoeg bij mij zou "
            "passen, en dat zeg ik liever nu al.",
            "Ik zoek een omgeving met iets meer autonomie in mijn dagelijkse werk.",
            "Ik heb goed nagedacht over hoe ik in het team zou passen, en ik denk niet dat het "
            "op dit moment de juiste match is.",
        ),
        "phrasings_to_avoid": lines(
            "Jullie cultuur lijkt me nogal toxisch.",
            "Die mensen waren nu niet bepaald vriendelijk.",
            "Da's daar precies nog de jaren tachtig.",
        ),
    },
    "scope-of-role": {
        "title": "Inhoud van de functie",
        "explanation": (
            "Soms blijkt een functie anders dan je verwachtte: meer administratie, minder "
            "praktisch werk, of een smaller of breder takenpakket dan je wilde. Dat merken voor "
            "je begint, helpt beide partijen. Beschrijf het soort verantwoordelijkheden dat je "
            "zoekt, zodat ze begrijpen wat wel zou passen."
        ),
        "phrasings": lines(
            "Nu ik meer weet over de verantwoordelijkheden, besef ik dat de functie anders is "
            "dan wat ik in deze fase zoek.",
            "Ik zoek een functie waarin het inhoudelijke werk zelf een grotere plaats krijgt.",
            "De verdeling van de verantwoordelijkheden in deze functie is niet helemaal wat ik "
            "van mijn volgende stap verwacht.",
        ),
        "phrasings_to_avoid": lines(
            "Die functie is beneden mijn niveau.",
            "Da's eigenlijk gewoon papierwerk.",
            "Dat is niet wat er in de vacature stond.",
        ),
    },
    "working-arrangements": {
        "title": "Werkregeling en flexibiliteit",
        "explanation": (
            "Waar en wanneer je werkt, kan even zwaar doorwegen als wat je doet. Vraagt de "
            "functie meer dagen op kantoor, vaste uren of permanenties die niet in je leven "
            "passen, dan is dat een praktische reden die bijna iedereen begrijpt. Zeg welke "
            "regeling je nodig hebt: zo weten ze ook wat later het verschil kan maken."
        ),
        "phrasings": lines(
            "Ik zoek meer flexibiliteit in waar ik werk, en die biedt deze functie niet helemaal.",
            "De werkuren die de functie vraagt, zouden moeilijk te combineren zijn met mijn "
            "andere verplichtingen.",
            "Een deel van de week thuiswerken is belangrijk geworden voor mij, en dat wil ik "
            "graag zo houden.",
        ),
        "phrasings_to_avoid": lines(
            "Ik ga echt niet elke dag naar kantoor komen.",
            "Jullie thuiswerkbeleid is hopeloos verouderd.",
            "Vaste uren, dat is toch van een andere tijd.",
        ),
    },
    "room-to-grow": {
        "title": "Groeien in een andere richting",
        "explanation": (
            "Misschien besef je dat de functie je niet de leerkansen, de uitdaging of de "
            "doorgroei zou geven waar je naar zoekt. Willen groeien is precies wat werkgevers "
            "graag zien, dus deze reden breng je makkelijk goed over. Wees concreet over wat je "
            "wilt ontwikkelen, en laat elk oordeel over hun organisatie achterwege."
        ),
        "phrasings": lines(
            "Ik zoek een functie die mijn vaardigheden in een specifieke richting verder "
            "ontwikkelt, en ik denk niet dat deze functie dat voldoende zou doen.",
            "Groeien weegt op dit moment zwaar door voor mij, en ik wil dat mijn volgende stap "
            "draait om de domeinen waarin ik me het liefst verder ontwikkel.",
            "Ik wil dat mijn volgende functie me op een bepaalde manier uitdaagt, en ik denk "
            "niet dat deze daar het best bij past.",
        ),
        "phrasings_to_avoid": lines(
            "Daar zit geen toekomst in, in die job.",
            "Dat lijkt me om in slaap te vallen.",
            "Binnen het halfjaar ben ik daar op uitgekeken.",
        ),
    },
    "build-skills-first": {
        "title": "Eerst de vaardigheden opbouwen",
        "explanation": (
            "Weten dat je er nog niet klaar voor bent, is een rijp oordeel, geen zwakte. Is een "
            "vaardigheid zoals mensen aansturen of een budget beheren nieuw voor je, zeg dat "
            "dan en vraag naar ondersteuning: in dezelfde enquête van 2025 zei 40 procent van "
            "de werkgevers open te staan voor extra opleiding. Zo wordt 'nee' een 'nog niet', "
            "met een plan."
        ),
        "phrasings": lines(
            "Ik heb nog niet de ervaring in leidinggeven die deze functie vraagt, en die bouw "
            "ik liever eerst op.",
            "Ik wil graag naar zo'n functie toegroeien, en een opleiding of coaching om daar te "
            "geraken, zou ik erg waarderen.",
            "Ik denk dat ik deze functie later goed zou kunnen invullen, maar ik wil eerst nog "
            "enkele vaardigheden ontwikkelen voor ik eraan begin.",
        ),
        "phrasings_to_avoid": lines(
            "Ik zou er niks van bakken.",
            "Ik heb geen flauw idee hoe je mensen aanstuurt.",
            "Dat is veel te veel verantwoordelijkheid voor mij.",
        ),
    },
}
