"""What a question asks for: a figure, who said something, what someone said, who someone is, when, where,
whether a quote is real, or anything else.

The rules read the normalised text outside quotation marks (``Chat.norm``: lower case, typos fixed). A
cue counts at the start of a clause, so a topic typed first ("mecca crane collapse - how many ppl …")
does not hide it. The order matters and is the order of ``classify``: a figure cue wins ("Wie viele …,
und wer sagt das?"), then "who", then a claimed quote, then "what did X say", "who is", "when", "where".

``KIND_OF`` maps the intents onto the four kinds of the answer contract.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from importlib import resources

from retrieval import vocab
from retrieval.attribution.lexicon import SOURCE_NOUN_SUFFIXES
from retrieval.figures.lexicon import DE_TEENS, DE_TENS, DE_UNITS, EN_SMALL, EN_TENS
from retrieval.models import Intent, QuestionKind
from retrieval.question.amounts import BOUND_TIME, ORDINAL_RE
from retrieval.question.text import table, words

KIND_OF: dict[Intent, QuestionKind] = {
    "figure": "figure",
    "who_said": "who_said",
    "what_said": "who_said",
    "who_is": "who_said",
    "name": "who_said",
    "when": "who_said",
    "where": "who_said",
    "quote_check": "quote_check",
    "general": "general",
}


def _alt(name: str) -> str:
    return "|".join(re.escape(w) for w in sorted(words(name), key=len, reverse=True))


SAY = r"(?:" + _alt("speech_verbs.txt") + r")"
# Start of a clause: the text start, or after a sentence mark, colon or dash; "and", "so", "hey" may come first.
# ... or after an opening clause of time that sets the scene and ends on a comma ("after losing the 3rd game to
# alphago, who said …", "when ai weiwei found bugs in his beijing studio, who played it down …", "nachdem …, wer …");
# not a when-question's own ("when did they meet, …": an auxiliary right after the conjunction).
_SCENE = (
    r"^\W*(?:after|when|before|while|once|nachdem|als|bevor|während|sobald)\b"
    r"(?!\s+(?:did|does|do|is|was|are|were|will|would|has|have|had|can|could)\b)[^,.?!:;]{3,120},\s*"
)
CLAUSE = (
    r"(?:^|[.?!:;–—(]\s*|\s-\s*|" + _SCENE + r")\W*"
    r"(?:(?:and|und|also|but|aber|so|ok|okay|hey|btw|sag\s+mal|weißt\s+du)\s*,?\s+)?"
)
FIGURE_NOUNS = (
    r"anteil|summe|betrag|zahl|zahlen|anzahl|höhe|kosten|\w*kosten|prozentsatz|quote|\w*grenze|preis|\w*preis|"
    r"umsatz|schaden|gewinn|verlust|rate|\w*rate|share|percentage|proportion|percent|fraction|number|amount|sum|"
    r"figure|cost|costs|price|total|population|\w*zahl|\w*zahlen|"
    r"fee|fees|salary|salaries|wage|wages|fine|fines|revenue|profit|funding|compensation|budget|debt|debts|"
    r"penalty|penalties|sentence|damage|damages|loss|losses|"
    r"gage|honorar|gehalt|strafe|entschädigung|schulden|prämie|"
    # a penalty of time: "Welche Sperre droht ihr", "what ban did he get" (``question._figure_kind``: a duration)
    r"sperre|sperren|haftstrafe|ban|bans|suspension|suspensions|"
    r"summen|beträge|strafen|\w*strafen|prämien|gagen|honorare|gehälter|entschädigungen|preise|\w*preise|schäden|"
    # compounds of a sum ("Welchen Nettogewinn hat X erzielt", "welche Ablösesumme"), and the copies a paper prints
    # ("welche Auflage hat die Zeitung", "what was the print run": dev88-013 of 1,268 studied questions, stop 52)
    r"\w*gewinn|\w*umsatz|\w*verlust|\w*schaden|\w*schulden|\w*summe|\w*betrag|auflage|circulation|print\s+run|"
    # money by its name ("whats the prize money", "welches Preisgeld"), and a measured dimension ("what speed did the
    # test reach", "welche Geschwindigkeit", "what height"): a figure, not a general question
    r"money|\w*geld|\w*gelder|speed|speeds|velocity|height|weight|length|distance|depth|width|"
    r"\w*geschwindigkeit|tempo|gewicht|länge|entfernung|distanz|tiefe|breite|"
    # a quantity named by two words: a company's worth, a penalty of time ("sandisk market cap?", "what prison terms"),
    # and a value, not in the plural ("what values does the party stand for": what it believes in)
    r"market\s+cap|(?:prison|jail)\s+term|value(?!s\b)|"
    # a chance put at a figure ("what chance of winning did he give them", "welche Siegchance"): here, not among the
    # measure nouns, where the noun counted after "how many" would be dropped ("how many chances did Rapid create");
    # with "average" there ("whats the current average age of …"): 2 studied questions of 314 (stop 49) now read as
    # figure questions, one gained (dev86-009), one still found nothing (dev86-015), none lost
    r"\w*chance|"
    # a margin, a factor, a size or a level by its name ("mit welcher Mehrheit", "what growth"): data/measure_nouns.txt
    + "|".join(
        r"\w*" + re.escape(w[1:]) if w.startswith("-") else re.escape(w)
        for w in sorted(words("measure_nouns.txt"), key=len, reverse=True)
    )
)
FIGURE_RE = re.compile(
    # how far along a dimension, either way: "how high" and "how low", "wie teuer" and "wie billig", "how far" and "how
    # close" ("how close did new horizons get to pluto": 1 of 626 studied questions, dev91-016, gained; none else read
    # otherwise)
    r"\b(?:how\s+(?:many|much|high|low|large|big|small|great|expensive|cheap|old|young|long|short|far|close|near|often"
    r"|frequently|tall|strong(?:ly)?|fast|quickly|slow(?:ly)?|heavy|deep|wide|narrow)"
    r"|wie\s+(?:viele?n?|hoch|niedrig|groß|gross|klein|teuer|billig|günstig|alt|jung|lange?|kurz|weit|nahe?|oft|häufig|dicht"
    r"|stark|schnell|langsam|schwer|tief|breit|schmal|knapp|umfangreich)"
    # an English noun in the plural too ("what are the rates", "what prison terms")
    r"|what\s+(?:\S+\s+){0,2}?(?:" + FIGURE_NOUNS + r")s?\b"
    # "what is the estimated cost": an adjective between the article and the noun; after "what's", typed as chats do
    # ("whats the price of …"), with or without it, as "what is the price" is by the alternative above; a possessive
    # in the article's place ("what was lufthansa's average load factor")
    r"|what(?:\s+(?:is|was|are|were|will\s+be)|'s|’s|s)\s+(?:the|an?|(?:the\s+)?[\w.-]+(?:'s|’s))\s+(?:\S+\s+){0,2}?"
    r"(?:" + FIGURE_NOUNS + r")s?\b"
    # the German "what is": "Was ist der Preis des Druckers", "was war der geschätzte Schaden"
    r"|was\s+(?:ist|war|sind|waren|wäre|wird)\s+(?:der|die|das)\s+(?:\S+\s+)?(?:" + FIGURE_NOUNS + r")\b"
    r"|(?:welche[nrsm]?|was\s+für(?:\s+eine?[nmrs]?)?)\s+(?:\S+\s+){0,1}?(?:" + FIGURE_NOUNS + r")\b"
    r"|in\s+welcher\s+höhe|was\s+kost(?:e|et|ete|eten|en)\b"
    # where a quantity lies is its level ("Wo liegen die Bargeldobergrenzen in Italien", "where is the price now"); a
    # German noun in the plural too. Studied sets (stop 52): 1 question of 1,268 read anew (dev93-012, where ->
    # figure, gained)
    r"|(?:wo|where)\s+(?:liegt|liegen|lag|lagen|steht|stehen|stand|standen|is|are|was|were)\s+(?:der|die|das|the)\s+"
    r"(?:\S+\s+)?(?:" + FIGURE_NOUNS + r")(?:n|en|s)?\b"
    # the time something took (``amounts.DURATION_RE``): "in welcher Zeit lief sie die Strecke", not "zu welcher Zeit"
    r"|(?:in|mit|nach)\s+welcher\s+zeit|in\s+what\s+time|" + BOUND_TIME + r""
    # what someone pays or earns is a sum: "what would Britain pay in tariffs", "what did the sale earn them"; so is
    # what a thing sold goes for ("what did the buffett charity lunch go for": 1 of 626 studied questions, dev88-019,
    # now answered with its gold sentence, under the index's carried source)
    r"|what\s+(?:does|did|do|will|would)\b.*\b(?:cost|pay|earn|spend|fetch|(?:go|sell)\s+for)\b"
    r"|was\s+(?:hat|haben|hatte|hatten|hätte|hätten|wird|werden|würde|würden|soll|sollen|sollte|sollten|musste|mussten)\b.*"
    r"\b(?:gekostet|kosten|verdient|gezahlt|bezahlt|eingenommen|ausgegeben|zahlen|verdienen)\b"
    r"|was\s+(?:zahlt|zahlte|zahlen|zahlten|verdient|verdiente|verdienen|verdienten)\b"
    r"|what(?=\s+%)|\bas\s+a\s+(?:share|percentage|proportion)\s+of"
    r"|(?:ab|in|mit|bis\s+zu)\s+welchem\s+alter|(?:at|from|up\s+to|until|till|by)\s+what\s+age"
    # which one in an order: "what minute did X score", "auf welchem Platz landete sie" (``amounts.ORDINAL_RE``)
    r"|" + ORDINAL_RE.pattern.removeprefix("(?i)") + r""
    r"|(?:what|how\s+much)\s+(?:is|was|are|were)\b.*\bworth"
    # the level a change ends at or goes by ("the share will rise to what", "fell by what"); what a poll showed (its
    # shares: "what did the ORB-style poll show for remain vs leave", "was ergab die Umfrage")
    r"|(?:rise|rises|rising|rose|risen|fall|falls|falling|fell|fallen|grow|grows|grew|grown|climb\w*|drop\w*|"
    r"increase[sd]?|decrease[sd]?|jump\w*|reach\w*|sink|sinks|sank|shrink\w*|shrank)\s+(?:to|by)\s+what"
    r"|what\s+(?:does|did|do|has|have|had)\b.*\b(?:poll|polls|survey|surveys)\b.*\b(?:show|shown|showed|find|found)"
    r"|was\s+(?:zeigt|zeigte|zeigen|zeigten|ergab|ergibt|ergaben|ergeben)\b.*\bumfrage\w*)\b"
)
# A question typed as a bare noun phrase whose head is a quantity ("sandisk market cap?", "austria's rank for labour
# market flexibility in the WEF ranking?"): no question word or verb before the noun, then the end of the clause or
# a preposition that says of what; asks for a figure when nothing else decides.
_BARE_FIGURE_RE = re.compile(
    r"^\W*(?:(?!(?:who|whom|whose|what|which|how|when|where|why|wer|wem|wen|was|welche[nrsm]?|wie|wo|wann|warum|"
    r"did|does|do|is|are|was|were|has|have|hat|ist|sind|gibt|nennt|sagt|says|gives)\b)[\w.-]+(?:'s|’s)?\s+){0,3}"
    r"(?:" + FIGURE_NOUNS + r")s?(?=\s*(?:[?!.;]|$)|\s+(?:for|of|in|at|von|vom|der|des|im|für)\b)"
)
# "who gives the figures", "auf welche Zahlen stützt sich das": asks for figures when nothing else decides.
FIGURES_WANTED_RE = re.compile(r"\b(?:figures?|numbers?|statistics?|zahlen|zahl|statistik\w*|werte)\b")
# The unit an answer is wanted in ("was hat die Auktion gebracht? in euro bitte", "in dollars please", "in Prozent"):
# asks for a figure when nothing else decides (a number after it is one the question states: "in 2 Euro-Münzen").
UNIT_WANTED_RE = re.compile(
    r"\bin\s+(?:"
    + "|".join(re.escape(w) for w in sorted(table("currencies.tsv"), key=len, reverse=True) if w.isalpha())
    + r"|prozent|percent)\b(?!\s*\d)"
)
# A who-question may follow the topic typed first as a short prepositional phrase and a comma ("in narcos, who
# explains that …", "im Meinl-Prozess, wer sagte …"), as it may a dash: no verb there, so the comma is no relative
# clause's ("did the minister, who resigned, say …"). Studied sets (stop 52): 1 question of 1,268 read anew
# (dev99-033, general -> who_said, gained); XQuAD, English: 1 of 1,190 ("In the US, who decides on the requirements
# for teachers?": a body, who_said). Only for "who": after such a topic "what can be described as …" asks no one's
# words (2 XQuAD questions would be read as who-said or what-said ones).
_TOPIC = r"^\W*(?:in|at|on|about|regarding|re|im|in\s+der|bei|beim|zum|zur)\s+[^,.?!:;]{2,40},\s*"
WHO_RE = re.compile(
    r"(?:" + _TOPIC + r"|" + CLAUSE + r")"
    r"(?:who|whom|who's|whos|wer|wem|wen|von\s+wem|by\s+whom|according\s+to\s+whom|laut\s+wem|wem\s+zufolge|"
    r"(?:whose|wessen)\s+(?:words|worte|statement|aussage))\b"
)
# "12000 soldaten, wer sagt das?", "10k troops, who claims that": after a comma, a who-question whose verb takes a
# pronoun for what was typed before it asks whose that is (a "who" after a comma is otherwise a relative clause's:
# "did the minister, who resigned, say …"). German puts a perfect's verb after the pronoun: "der westbahnhof ist kein
# flughafen, wer hat das gesagt?".
# A pronoun for the statement or figure typed before the ask ("…, wer sagt das?", "… – wer war das?").
POINTING_BACK = r"(?:das|dies|that|this|it)"
WHO_SAYS_THAT_RE = re.compile(
    r",\s*(?:(?:und|and|but|aber)\s+)?(?:who|wer)\s+(?:\w+\s+){1,2}?(?:" + POINTING_BACK + r"|so)\b"
    r"(?:\s*(?:denn|eigentlich|genau|so|actually|really|exactly))*(?:\s+" + SAY + r")?\W*$"
)
# "…, richte sich nicht gegen Südkorea – war das Peskow oder wer?", "was that the kremlin or who?": a guess at the
# speaker with "or who" closing the question asks who said it.
OR_WHO_RE = re.compile(r"\b(?:oder|or)\s+(?:wer|who)(?:\s+(?:sonst|anders|else))?\W*$")
# "the british ambassador in vienna said the uk would still be … - what's her name", "…, wie heißt sie?": the name of
# the one a statement typed before the ask says said it is who said it. Studied sets (stop 54): 1 question of 1,604 read
# anew (dev100-026, general -> who_said, gained).
NAME_OF_SAID_RE = re.compile(
    r"(?:[,;:]|\s[-–—])\s*(?:(?:and|und)\s+)?(?:what(?:'s|’s|s|\s+is|\s+was)\s+(?:his|her|their)\s+name|"
    r"wie\s+(?:heißt|heisst|hieß|hiess)\s+(?:er|sie)(?:\s+(?:denn|eigentlich|genau))*)\W*$"
)
WHO_IS_RE = re.compile(
    CLAUSE + r"(?:who\s+(?:is|was|are|were)|who's|whos|wer\s+(?:ist|war|sind|waren)|was\s+ist\s+mit)\s+(?P<rest>.+)$"
)
# "Wie heißt der kanadische Priester, der …", "what's the name of the spokeswoman": the name of someone the question
# describes (``NAME_RE.end()`` is where the description starts).
NAME_RE = re.compile(
    CLAUSE + r"(?:wie\s+(?:heißt|heisst|heißen|heissen|hieß|hiess|hießen|hiessen)|"
    r"what(?:'s|’s|s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+)?names?\s+of)\s+"
)
WHICH_SAY_RE = re.compile(
    CLAUSE + r"(?:which|what|welche[rsmn]?|von\s+welche[rsmn]?)\s+"
    r"(?!(?:day|date|time|year|month|week|tag|datum|jahr|monat|woche)\b)\w+.*\b" + SAY + r"\b"
)  # "what day did they talk": when, not who
# "Welche Sanktionen meint der Kommentar genau", "which sanctions does the commentary mean": what someone refers to, the
# content of what they only mention (the subject after the verb), not who said it.
MEANT_RE = re.compile(
    CLAUSE + r"(?:which|what|welche[rsmn]?)\s+[\w-]+\s+(?:meint|meinte|meinen|meinten)\s+(?:der|die|das|den|dem)\b"
    r"|" + CLAUSE + r"(?:which|what)\s+[\w-]+\s+(?:does|did|do)\s+.*\b(?:mean|refer\s+to)\b"
)
# "What countermeasures has Washington announced", "which measures did the ministry propose": the thing asked for is
# the object of someone's words, the subject after the auxiliary: what they said, not who said it.
WHICH_OBJECT_SAID_RE = re.compile(
    CLAUSE + r"(?:which|what)\s+(?:[\w-]+\s+){1,2}?(?:has|have|had|did|does|do)\s+(?!(?:it|they|there)\b)"
    r"(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+" + SAY + r"\b"
)
# "Wie begründete X …", "Wie schildert X …": how someone gives an account of something is what they said.
ACCOUNTS = (
    r"(?:begründete|begründet|schilderte|schildert|beschrieb|beschreibt|erklärte|erklärt|rechtfertigte|rechtfertigt|"
    r"verteidigte|verteidigt|erläuterte|erläutert|argumentierte|argumentiert)"
)
# "Wie rechtfertigt sich X", "Wie verteidigte sich X": how someone defends themselves is what they said (not
# "Wie erklärt sich der Anstieg").
DEFENDS = r"(?:rechtfertigte|rechtfertigt|verteidigte|verteidigt)"
# "Wie hat X auf die Kritik reagiert", "Wie hat sich X geäußert", "Wie hatte X das begründet": the perfect of the same.
PERFECT_ACCOUNTS = (
    r"(?:reagiert|kommentiert|geäußert|bewertet|beurteilt|gesehen|begründet|geschildert|beschrieben|erklärt|"
    r"gerechtfertigt|verteidigt|erläutert|argumentiert)"
)
# "Mit welchen Worten warnte X", "Welche Worte fand X", "With what words did X …", "What words did X use": the words
# someone chose are what they said.
WORDS_ASKED = (
    r"(?:(?:mit|in)\s+welchen\s+worten\s+[^\W\d_]+|welche\s+worte\s+(?:fand|findet|wählte|wählt|benutzte|fanden)|"
    r"(?:(?:with|in)\s+)?(?:what|which)\s+words\s+(?:did|does|do|has|have))"
)
# "Wovor warnte X", "Worüber klagte X", "Womit begründete X": what someone warned of or complained about.
WHEREOF = r"(?:wovor|worüber|wogegen|wofür|womit|woran|wozu|worauf)"
# "Was war die Reaktion der Gewerkschaft": a stance of someone.
STANCE = r"(?:reaktion|antwort|position|haltung|meinung|stellungnahme|einschätzung|sicht)"
WHAT_SAID_RE = re.compile(
    CLAUSE + r"(?:(?:what|was)\s+(?:did|does|do|has|have|had|hat|hatte|haben|will|would|was|is)\b.*\b"
    r"(?:" + SAY + r"|react|reaction|reagiert|stellung|halten|hält|position|view|views|opinion|want|wants|wanted|"
    r"advise|advises|advised|recommend|recommends|recommended|propose|proposes|proposed|suggest|suggests|suggested)\b"
    # "What reasons did the party give for …": the reasons someone gave are their words
    r"|what\s+(?:reasons?|grounds|arguments?|explanation)\s+(?:did|does|do|has|have|had)\b.*\b(?:give|gave|given|cite|offer)\b"
    r"|was\s+(?:" + SAY + r"|hält|hielt|entgegnete|erwiderte)\b"
    r"|wie\s+(?:reagierte|reagiert|kommentierte|kommentiert|äußerte|äußert|sieht|sah|bewertet|bewertete|beurteilt)\b"
    r"|wie\s+" + ACCOUNTS + r"\b(?!\s+(?:sich|man|es)\b)"
    r"|wie\s+" + DEFENDS + r"\s+sich\b"
    r"|wie\s+(?:hat|hatte|haben|hatten)\s+(?!(?:sich\s+)?(?:man|es)\b).*\b" + PERFECT_ACCOUNTS + r"\b"
    r"|welche\s+(?:meinung|position|haltung|einschätzung|sicht)\s+(?:hat|hatte|haben|vertritt|vertrat|vertreten)\b"
    # "how did X react", and in the perfect "how has X reacted"
    r"|how\s+(?:did|does|do|has|have)\b.*\b(?:react(?:ed)?|respond(?:ed)?|comment(?:ed)?|reply|replied|view(?:ed)?|see|seen|"
    r"explain(?:ed)?|justify|justified|describe[d]?|defend(?:ed)?)\b"
    r"|what\s+(?:was|is|were|are)\s+.*\b(?:reactions?|responses?|comments?|views?|positions?|opinions?|words|remarks|"
    r"take|stance|verdict|assessment)\b"
    r"|" + WORDS_ASKED + r"|" + WHEREOF + r"\s+(?:" + SAY + r"|" + ACCOUNTS + r")\b"
    r"|was\s+(?:war|ist|waren|sind)\s+(?:die|der|das)\s+" + STANCE + r"\s+(?:von|der|des|vom)\b"
    r"|what\s+did\b.*\bthink\b"
    # why someone thinks or wants something, what they propose or believe: asked for their words
    r"|why\s+(?:did|does|do|has|have)\b.*\b(?:think|believe|say|want|argue|warn|fear|expect|consider)\b"
    r"|(?:warum|wieso|weshalb)\s+(?:glaubt|glaubte|meint|meinte|findet|fand|denkt|dachte|hält|hielt|fordert|forderte|"
    r"warnt|warnte|sieht|sah|befürchtet|befürchtete|erwartet|erwartete)\b"
    r"|was\s+(?:schlägt|schlug|empfiehlt|empfahl|fordert|forderte|verlangt|verlangte|rät|riet|raten|rieten|"
    r"empfehlen|empfahlen|fordern|forderten|schlagen|schlugen)\b"
    r"|(?:glaubt|meint|findet|denkt|befürchtet|bezweifelt)\s+(?:der|die|das)\s+.*\b(?:dass|ob)\b"
    r"|(?:did|does|has|have)\s+.*\b" + SAY + r"\s+(?:anything|something)\b"
    r"|(?:hat|hatte|haben)\s+.*\b(?:etwas|was|irgendwas|irgendetwas)\b.*\b" + SAY + r"\b)"
)
# A question that opens on a word asking for content ("what does X demand", "was rät X", "wie reagierte X").
ASKING_OPEN_RE = re.compile(CLAUSE + r"(?:what|was|wie|how|why|warum|wieso|weshalb|which|welche[rsmn]?)\b")
WHEN_RE = re.compile(
    CLAUSE + r"(?:when|wann|since\s+when|by\s+when|until\s+when|till\s+when|seit\s+wann|bis\s+wann|"
    r"(?:(?:in|since|from|until|by|on)\s+)?(?:which|what)\s+(?:year|month|day|date)|what\s+time|"
    r"(?:in|seit|ab|bis|an|von)\s+welche[mr]\s+(?:jahr|monat|tag|datum|zeitpunkt)|um\s+wie\s+viel\s+uhr)\b"
)
WHERE_RE = re.compile(
    CLAUSE + r"(?:where|wo|wohin|woher|from\s+where|in\s+(?:which|what)\s+(?:city|country|town|region)|"
    r"in\s+welche[rm]\s+(?:stadt|land|ort|region))\b"
)
YESNO_RE = re.compile(
    CLAUSE + r"(?:did|does|do|has|have|had|was|were|is|hat|hatte|haben|hatten|sagte|sagt|schrieb|meinte|nannte|"
    r"bezeichnete|stimmt|ist\s+es\s+wahr|is\s+it\s+true|was\s+it|war\s+es|wurde|can\s+you\s+confirm|kannst\s+du|"
    # the text itself put up as what prints the words: "steht im Artikel wirklich, …", "heißt es im Kommentar, …"
    r"können\s+sie|steht|stand|stehts|heißt\s+es|hieß\s+es)\b"
)
# "Wer ist verantwortlich": an adjective or verb after "who is" asks who did something, not who X is.
# "der westbahnhof ist kein flughafen – wer war das?": a pronoun for the statement typed before the ask asks who said
# it, no one's identity
_POINTS_BACK = re.compile(POINTING_BACK + r"(?:\s+(?:denn|eigentlich|nochmal|genau|again|actually))*\W*")
NOT_A_NAME_RE = re.compile(
    r"^(?:\S+\s+)?(?:responsible|behind|to\s+blame|in\s+charge|\w+ing|verantwortlich|schuld|zuständig|dafür|dagegen)\b"
)


# "Welcher nordkoreanische General befehligt …", "which judge ruled …": a person asked for by role, where no verb of
# saying makes it a who-said question; the description starts at ``WHICH_PERSON_RE.end()``, as a name question's does.
WHICH_PERSON_RE = re.compile(
    CLAUSE + r"(?:welche[rsmn]?|which)\s+(?=(?:[\w-]+\s+){0,2}?[\w-]*(?:general|generälin|kommandeur|befehlshaber|"
    r"offizier|minister|ministerin|politiker|politikerin|botschafter|botschafterin|diplomat|diplomatin|richter|"
    r"richterin|anwalt|anwältin|commander|officer|official|politician|ambassador|judge|lawyer)\b)"
)


def _answer_rows(name: str) -> list[list[str]]:
    """The rows of ``retrieval/answer/data/<name>``, a tab-separated table (read as a file: the answer package imports
    this one)."""
    text = resources.files("retrieval").joinpath("answer", "data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def _alt_number_words() -> str:
    """The number words of two and more (``figures.lexicon``: "drei", "zwölf", "twenty") as one alternation, longest
    first."""
    values = {**DE_UNITS, **DE_TEENS, **DE_TENS, **EN_SMALL, **EN_TENS}
    return "|".join(sorted((w for w, value in values.items() if value >= 2), key=len, reverse=True))


def _counted_persons(column: int) -> list[str]:
    """The English words (``column`` 2) or German heads (3) of the people figures count (``answer/data/counted.tsv``,
    kind "person": "refugee", "Flüchtling", "Demonstrant")."""
    rows = _answer_rows("counted.tsv")
    return [w.replace("_", " ") for row in rows if row[1] == "person" for w in row[column].split()]


# The nouns that name a speaker or an actor, a person or a body, known elsewhere: the German heads of sources
# (``attribution/data/source_nouns.txt``, matched as the end of a compound, "Fernsehsender", "Klimaforscher", and in
# the feminine, "Forscherin"), the English offices (``vocab``, kind "office": "analyst", "researcher") and the
# kinds of body a which-question names (kind "which": "tv channel"), with an English plural; and the
# people figures count (``answer/data/counted.tsv``: "Flüchtling", "refugee").
# Longest first (a compound's longer head before its tail), then alphabetically: the same pattern in every process.
_ACTOR_HEADS = sorted(set(SOURCE_NOUN_SUFFIXES) | set(_counted_persons(3)), key=lambda w: (-len(w), w))
_ACTOR_PHRASES = sorted(
    {k for k in [row.name for row in vocab.of_kind("office", "which")] + _counted_persons(2) if k.isascii()},
    key=lambda w: (-len(w), w),
)
# "-chef" ends a compound as a person's head without a hyphen ("Welcher Staatschef hat die Nato aufgefordert …",
# "Parteichef", "Konzernchef": no common noun ends so, as "Vorrat" ends in "rat"); an English noun of a person by its
# ending ("which cinematographer hoped …", "which biologist", "which pediatrician"), the offices the table does not
# list; not "-ist", an adjective as often ("which Buddhist monastery"). Studied sets (stop 52): 2 questions of 1,268
# read anew (seed74-005, dev98-033: general -> who_said, both gained); XQuAD: none of 2,380.
_PERSON_TAILS = r"[\w-]+chef"
_AGENT_EN = r"[a-z]{3,}(?:grapher|ologist|ician)s?"
# "Welcher Klimaforscher verglich …", "which analysts expect …", "which tv channel geolocated …": a person or a body
# asked for by a noun that names one, who did or said something (a head of five letters or fewer ends a compound only
# after a hyphen: "EU-Rat", not "Vorrat" or "Apparat"); the noun is one of the first three words after
# "welch-"/"which" and is not followed by what it is part of ("welche Partei der Regierung", "which minister of").
# "According to which asylum law expert are sentences … not milder?", "laut welchem Experten …": the person or body
# asked for is the source of what the question states, as in "according to whom" (``WHO_RE``). Studied sets (stop 49):
# 1 question of 314 read anew (dev86-030, gained); "…, according to which survey?" stays a figure question (dev-030)
_ACCORDING = r"(?:(?:according\s+to|laut|nach\s+(?:ansicht|auffassung|meinung|angaben))\s+)?"
WHICH_ACTOR_RE = re.compile(
    CLAUSE + _ACCORDING + r"(?:welche[rsmn]?|which)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:(?:[\w-]*(?:" + "|".join(re.escape(w) for w in _ACTOR_HEADS if len(w) > 5) + r")"
    r"|(?:[\w-]*-)?(?:" + "|".join(re.escape(w) for w in _ACTOR_HEADS if len(w) <= 5) + r")|" + _PERSON_TAILS + r")"
    r"(?:in|innen)?|(?:" + "|".join(re.escape(w) + r"s?" for w in _ACTOR_PHRASES) + r")|" + _AGENT_EN + r")"
    r"\b(?!\s+(?:of|in|der|des)\b)"
)
# "Welche drei Stadträte treten nicht mehr an", "which two allies …": a number right after "welch-"/"which" tells how
# many things the answer names, not a figure the question asks for.
WHICH_HOW_MANY_RE = re.compile(CLAUSE + r"(?:welche[rsmn]?|which)\s+(?:\d+|" + _alt_number_words() + r")\s+[\w-]+")


# "Whom was X meeting in Rome", "Mit wem traf sich X", "Wen besuchte X": whom someone met or did something to, a name
# the sentence must give; not who said something ("Wen zitiert …" has a verb of saying), nor a source ("according to
# whom", "auf wen geht … zurück": not at the clause's start).
WHOM_RE = re.compile(CLAUSE + r"(?:whom|wen|mit\s+wem|with\s+whom)\b")


# "Which government summoned the ambassador", "Welches Land hat …": a body asked for, who did something.
WHICH_BODY_RE = re.compile(
    CLAUSE
    + _ACCORDING
    + r"(?:welche[rsmn]?|which)\s+(?:[\w-]+\s+){0,2}?(?:government|organi[sz]ation|country|state|party|ministry|"
    r"agency|authority|regierung|organisation|land|staat|partei|ministerium|behörde)\b(?!\s+(?:of|in|der|des)\b)"
)  # one body: "Welche Parteien sitzen im Landtag?" asks for a list, not who did something


# "Who heads the centre …", "Wer leitet den Geheimdienst …", "who is the head of …": the person at the head of a body
# (``HEAD_RE.group("body")`` is the body and what follows it).
HEAD_RE = re.compile(
    CLAUSE + r"(?:who|wer)\s+(?:(?:currently|now|actually|derzeit|aktuell|eigentlich|jetzt)\s+)?"
    r"(?:heads|leads|runs|chairs|directs|commands|is\s+in\s+charge\s+of|"
    r"(?:is|was)\s+(?:the\s+)?(?:head|chief|leader|director|boss|chair|chairman|chairwoman|president)\s+of|"
    r"leitet|leitete|führt|führte|kommandiert|befehligt|steht\s+an\s+der\s+spitze|"
    r"(?:ist|war)\s+(?:der\s+|die\s+)?(?:chef|chefin|leiter|leiterin|direktor|direktorin|vorsitzende|präsident|"
    r"präsidentin)\s+(?:von|vom|des|der))\s+(?P<body>.+)$"
)


def asks_head(norm: str) -> str | None:
    """The body whose head a question asks for ("who heads the Centre for Strategic Communication that spread the
    video" -> "the centre for strategic communication"), up to its first comma or relative clause; else None."""
    m = HEAD_RE.search(norm)
    if m is None:
        return None
    return re.split(
        r"[,?!;:]|\s(?:that|which|who|der|die|das|dessen|deren|auf\s+dessen|auf\s+deren)\s", m.group("body")
    )[0]


def _says_about_figure(norm: str) -> bool:
    """Is the figure cue of a question inside the words a who-said question asks about, three words or more after the
    verb of saying ("who said theres barely any info yet on how many soldiers there are")? Then it asks who said
    them; right after it ("wer sagt, wie viele Soldaten …") it asks the figure and its source."""
    m = re.search(
        CLAUSE + r"(?:who|wer)\s+(?:(?:has|had|hat|hatte)\s+(?:[^\s,.?!]+\s+){0,6}?)?(?:" + SAY + r")\b[\s,]*", norm
    )
    if m is None:
        return False
    cue = FIGURE_RE.search(norm)
    return cue is not None and cue.start() >= m.end() and len(norm[m.end() : cue.start()].split()) >= 3


# A German question that names what it asks for by a noun alone: "Welchen Marktanteil hat Rewe …" (the word after
# "welch-"), or a bare noun typed first with what it is of ("zuschauer beim 2:1 vom wac …?"; no question word after
# it). Whether the noun is a quantity the corpus decides (``classify``'s ``quantity``), not a list.
_NOUN_ASKED_RE = re.compile(
    CLAUSE + r"(?:welche[nrsm]?|was\s+für\s+(?:eine?[nmrs]?\s+)?)\s+(?P<which>[^\W\d_]{4,})\b"
    r"|^\W*(?!(?:wer|wem|wen|was|welche[nrsm]?|wie|wo|wann|warum|wieso|weshalb|woher|wohin|gibt|stimmt)\b)"
    r"(?P<bare>[^\W\d_]{4,})(?=\s*[?!.]*\s*$|\s+(?:bei|beim|im|in|am|an|auf|von|vom|für|gegen|seit|zum|zur)\b"
    r"(?!.*\b(?:wer|wen|wem|was|wie|wo|wann|warum|welche[nrsm]?)\b))"
)


def noun_asked(norm: str) -> str | None:
    """The noun a German question asks for by itself (``_NOUN_ASKED_RE``): "marktanteil", "zuschauer"; else None."""
    m = _NOUN_ASKED_RE.search(norm)
    return None if m is None else m.group("which") or m.group("bare")


def classify(
    norm: str,
    has_quote: bool,
    bare_quote: bool,
    claimed: bool,
    states_number: bool,
    quantity: Callable[[str], bool] | None = None,
) -> Intent:
    """The intent of a question, from the normalised text outside its quotations. ``quantity`` tells whether a noun
    names a quantity by the corpus's own use (``Answerer``: printed beside a figure in most of its sentences); a
    question that asks for such a noun by itself asks for a figure when nothing else decides."""
    if (FIGURE_RE.search(norm) and not _says_about_figure(norm)) or asks_each_source(norm):
        return "figure"  # "who gives which number?" asks the figures first, then whose each is
    if (NAME_RE.search(norm) or WHICH_PERSON_RE.search(norm) or WHOM_RE.search(norm)) and not (
        not NAME_RE.search(norm) and re.search(r"\b" + SAY + r"\b", norm)
    ):
        return "name"
    who_is = WHO_IS_RE.search(norm)
    if who_is and HEAD_RE.search(norm):
        return "who_said"  # "who is the head of …": the head of a body, not who someone is
    if (
        who_is
        and not NOT_A_NAME_RE.search(who_is.group("rest"))
        and not re.search(SAY, who_is.group("rest"))
        and not (who_is.start() > 0 and _POINTS_BACK.fullmatch(who_is.group("rest")))
    ):
        return "who_is"
    if (
        WHO_RE.search(norm)
        or WHO_SAYS_THAT_RE.search(norm)
        or OR_WHO_RE.search(norm)
        or (NAME_OF_SAID_RE.search(norm) and re.search(r"\b" + SAY + r"\b", norm))
        or (
            WHICH_SAY_RE.search(norm)
            and not WHAT_SAID_RE.search(norm)
            and not MEANT_RE.search(norm)
            and not WHICH_OBJECT_SAID_RE.search(norm)
        )
        or WHICH_BODY_RE.search(norm)
        or WHICH_ACTOR_RE.search(norm)
    ):
        return "who_said"
    # "What does X demand regarding the new 'Bildungskompass'?": a question for someone's words that quotes a name
    # asks what they said, it claims no statement
    asks_words = ASKING_OPEN_RE.match(norm) is not None and WHAT_SAID_RE.search(norm) is not None
    if (
        claimed
        and not asks_words
        and ((has_quote and (bare_quote or YESNO_RE.search(norm) or re.search(SAY, norm))) or not has_quote)
    ):
        return "quote_check"
    if WHAT_SAID_RE.search(norm) or (WHICH_OBJECT_SAID_RE.search(norm) and not MEANT_RE.search(norm)):
        return "what_said"
    if WHEN_RE.search(norm):
        return "when"
    if WHERE_RE.search(norm):
        return "where"
    # "welche drei Stadträte …": the number the question states counts the answers, it asks for no figure
    states_number = states_number and not WHICH_HOW_MANY_RE.search(norm)
    if FIGURES_WANTED_RE.search(norm) or UNIT_WANTED_RE.search(norm) or states_number or _BARE_FIGURE_RE.match(norm):
        return "figure"
    if quantity is not None and (noun := noun_asked(norm)) is not None and quantity(noun):
        return "figure"
    return "general"


# A second ask joined on: "… und wie groß ist der Anstieg?", "… and what did economists expect?". "and who
# says so" is not one: it asks for the source of the same figure.
_SECOND_ASK = re.compile(
    r"\b(?:und|and|sowie|bzw)\s*,?\s+(?:wie|wieviele?|welche\w*|was|wo|wann|how|what|which|where|when)\b"
)


# Nor is an ask for the source typed first: "laut wem, und wie viele Flüchtlinge will Kroatien übernehmen?"
_SOURCE_ASKED_FIRST = re.compile(
    r"^\W*(?:laut\s+wem|wem\s+zufolge|according\s+to\s+whom|(?:who|wer)\s+(?:says|sagt)\s+(?:so|that|das))\W*$"
)


def is_compound(norm: str) -> bool:
    """Does the question ask two things, each with its own conditions?"""
    second = any(not _SOURCE_ASKED_FIRST.match(norm[: m.start()]) for m in _SECOND_ASK.finditer(norm))
    return second or asks_each_source(norm)


# A question for several figures, each with whoever gives it: "who gives which number", "who's behind each of the
# two numbers", "list every one with who gives it", "whose numbers are those", "wer nennt jeweils welche", "bitte
# jede Zahl mit ihrer Quelle", "zu jeder Zahl die Quelle", "beide Zahlen mit Quelle". What it says of one figure (a
# place, a date, the number it starts from) is no condition on the others.
_FIGURE_WORDS = r"(?:numbers?|figures?|totals?|estimates?|zahlen|zahl|angaben?|schätzungen|\w*zahlen)"
_EACH_SOURCE = re.compile(
    "|".join(
        (
            # "who gives which number", "wer nennt jeweils welche?"
            rf"\b(?:who|whos|who's|wer)\s+(?:\w+\s+){{1,2}}(?:which|welche)\s*(?:{_FIGURE_WORDS}\b|one\b|[?.!]|$)",
            # "wer jeweils die Zahl nennt", "wer ist jeweils die Quelle", "wer nennt jeweils die kleinste"
            rf"\b(?:who|whos|who's|who\s+is|wer)\s+(?:\w+\s+)?jeweils\s+(?:die|welche|the)\s+(?:\w+\s+)?"
            rf"(?:{_FIGURE_WORDS}|quellen?|source|kleinste|größte|höchste|niedrigste)\b",
            # "who's behind each of the two numbers", "whos the source for each one"
            r"\b(?:who|whos|who's|who\s+is)\s+(?:behind|the\s+source\s+(?:for|of)|gives|says)\s+(?:\w+\s+)?"
            r"(?:each|every|both)\b",
            # "every number … and who each one comes from", "list every one with who gives it"
            rf"\b(?:each|every|both)\s+(?:one|(?:of\s+(?:them|those|these|the)\s+(?:\w+\s+)?)?{_FIGURE_WORDS})\b"
            r"[^?.!]{0,40}\b(?:who|whom|source|comes?\s+from|according)\b",
            # "whose numbers are those"
            rf"\bwhose\s+{_FIGURE_WORDS}\s+(?:are|were)\s+(?:those|these|they)\b",
            # "Bitte jede Zahl mit ihrer Quelle", "beide Zahlen mit Quelle", "jede dieser Zahlen … stützt sich"
            rf"\b(?:jede[rnms]?|beide[n]?|alle)\s+(?:(?:dieser|der|\w+en)\s+)?{_FIGURE_WORDS}\b[^?.!]{{0,40}}"
            r"\b(?:quellen?|wer|wem|stammt|stammen|stützt|stützen)\b",
            # "zu jeder Zahl die Quelle", "wer steht hinter jeder Zahl"
            rf"\b(?:quellen?|wer|wem)\b[^?.!]{{0,30}}\b(?:jede[rnms]?|beide[n]?)\s+(?:dieser\s+)?{_FIGURE_WORDS}\b",
            # "jeweils mit Quelle", "worauf stützen sich die beiden Angaben jeweils"
            r"\bjeweils\s+mit\s+(?:\w+\s+)?quellen?\b",
            r"\b(?:worauf|auf\s+wen|auf\s+welche\s+quellen?)\s+[^?.!]{0,40}\bjeweils\b",
        )
    )
)


def asks_each_source(norm: str) -> bool:
    """Does the question ask for several figures, each with whoever gives it (``_EACH_SOURCE``)?"""
    return _EACH_SOURCE.search(norm) is not None
