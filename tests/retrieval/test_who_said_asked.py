"""Who-said questions in new phrasings: what someone advises, demands or gives as reasons, and offices qualified by a
country or named by English compounds (branch who3)."""

from conftest import said

from retrieval.answer.evidence import Candidate
from retrieval.answer.features import NAMES
from retrieval.answer.listing import Listed
from retrieval.answer.persons import (
    _initialisms,
    body_words,
    identifying_words,
    named_holders,
    person_match,
    persons_asked,
    view_holder,
)
from retrieval.answer.said import speaking_asked
from retrieval.question import parse_question


def test_what_a_body_advises_asks_for_its_words() -> None:
    q = parse_question("Was rät die Arbeiterkammer den Pendlern?", default_language="de")
    assert q.intent == "what_said"
    assert q.person is not None and "Arbeiterkammer" in q.person


def test_the_reasons_someone_gave_are_their_words() -> None:
    q = parse_question(
        "What reasons did the Communist Party give for voting against the budget?", default_language="en"
    )
    assert q.intent == "what_said"
    assert q.person == "the Communist Party"


def test_a_quoted_name_in_a_question_for_someones_words_claims_no_statement() -> None:
    q = parse_question("What does the mayor demand regarding the new 'Stadtticket'?", default_language="en")
    assert q.intent == "what_said"
    assert q.kind == "who_said"


def test_a_quoted_statement_is_still_checked() -> None:
    q = parse_question("Did the mayor say 'we will never give up'?", default_language="en")
    assert q.intent == "quote_check"


def test_a_country_before_an_office_names_no_one() -> None:
    # "Austria's head coach" is the "Cheftrainer": "austria" must not identify him ("Austria-Coach" is a club's)
    assert identifying_words("Austria's head coach", "en") == ["trainer"]
    assert identifying_words("Germany's justice minister", "en") == ["justizminister"]


def test_an_umbrella_body_of_parents_associations_in_german() -> None:
    person = "the head of the parents' associations' umbrella body"
    assert body_words(person, "en") == ["elternverein", "dachverband"]


def test_a_city_qualifies_an_office_or_a_body_and_names_no_one() -> None:
    assert "vienna" not in identifying_words("the director of the Vienna State Opera", "en")
    assert identifying_words("the Vienna hospital association KAV", "en") == ["kav"]
    assert identifying_words("Vienna", "en") == ["vienna"]  # the city asked about alone is who speaks


NORMEN = (
    "Auch die Wirtschaftskammer zeigt sich im Wesentlichen zufrieden. "
    "Generalsekretärin Anna Maria Hochhauser betont, dass Normen kostenfrei werden. "
    "Für einen Wermutstropfen hält die WKÖ, dass jeder die Kosten bezahlen soll. Die AK schweigt."
)


def test_a_body_asked_about_by_its_compound_speaks_under_its_initials() -> None:
    assert _initialisms(["wirtschaftskammer"], {"d": NORMEN}) == ["wkö"]
    assert _initialisms(["gewerkschaftsbund"], {"d": "Der Gewerkschaftsbund tagt. Der ÖGB will mehr."}) == ["ögb"]
    # only in an article that names the body too, and not another body's initials
    assert _initialisms(["wirtschaftskammer"], {"d": "Die WKÖ meint das."}) == []
    assert _initialisms(["arbeiterkammer"], {"d": NORMEN}) == []
    wkoe = said("Für einen Wermutstropfen hält die WKÖ, dass jeder die Kosten bezahlen soll.", "die WKÖ")
    assert persons_asked(["wirtschaftskammer"], [], [wkoe], articles={"d": NORMEN}) == [1.0]


def test_the_person_named_after_a_body_shows_how_it_takes_something_speaks_for_it() -> None:
    before = "Auch die Wirtschaftskammer zeigt sich im Wesentlichen zufrieden."
    text = "Generalsekretärin Anna Maria Hochhauser betont, dass Normen kostenfrei werden."
    assert person_match(["wirtschaftskammer"], said(text, "Generalsekretärin Anna Maria Hochhauser", before)) == 1.0
    plain = "Der Minister kritisierte die Wirtschaftskammer."
    assert person_match(["wirtschaftskammer"], said(text, "Generalsekretärin Anna Maria Hochhauser", plain)) < 1.0


def test_a_sentence_opening_on_the_persons_name_with_a_verb_of_view_is_theirs() -> None:
    person = identifying_words("Maximilian Gnesda", "en")
    view = "Gnesda sieht das Schreiben an die Schulsprecher als problematisch."
    assert person_match(person, said(view, None)) == 1.0
    assert view_holder(view, person) == "Gnesda"
    # what they did is no view of theirs; another subject's view is not theirs
    assert person_match(person, said("Gnesda reiste am Montag nach Wien.", None)) == 0.5
    other = "London sieht keine eigene Rolle für die EU."
    assert person_match(identifying_words("die EU-Außenbeauftragte Federica Mogherini", "de"), said(other, None)) < 1.0


def _according_to(text: str, source: str) -> Candidate:
    c = said(text, source)
    info = c.info.model_copy(update={"how": "according_to", "cue": "wie erläutert"})
    return Candidate(**{**c.__dict__, "info": info})


def test_a_member_named_by_post_explains_the_view_the_sentence_gives_the_body() -> None:
    text = "Ein ähnliches Modell schwebt auch der Arbeiterkammer vor, wie Steuerexperte Otto Farny erläutert."
    assert person_match(["arbeiterkammer"], _according_to(text, "Steuerexperte Otto Farny")) == 1.0
    # said by them, not "as they explain"; or a post of another body: not the body's
    assert person_match(["arbeiterkammer"], said(text, "Steuerexperte Otto Farny")) == 0.5
    other = "Die Arbeiterkammer irrt, wie Wifo-Experte Otto Farny erläutert."
    assert person_match(["arbeiterkammer"], _according_to(other, "Wifo-Experte Otto Farny")) == 0.5


def test_the_head_of_a_body_named_with_it_may_be_its_chair() -> None:
    # "the head of the parents' associations' umbrella body": "Andreas Ehlers, Vorsitzender des Dachverbands der
    # Elternvereine", then "…, fordert Ehlers"
    asked = "the head of the parents' associations' umbrella body"
    person, body = identifying_words(asked, "en"), body_words(asked, "en")
    text = "Das begrüßt Andreas Ehlers, Vorsitzender des Dachverbands der Elternvereine an den Pflichtschulen."
    assert named_holders(person, body, {"d": text}) == {"d": {"Ehlers"}}
    # without the body named with it, a chair is no head asked about
    assert named_holders(person, body, {"d": "Das begrüßt Andreas Ehlers, Vorsitzender des Vereins."}) == {}


def test_a_fields_noun_inside_a_bodys_name_is_no_office() -> None:
    # "the Communist Party" is the KPÖ: "communist" is no office ("the activist") with the name "party" after it
    assert identifying_words("the Communist Party", "en") == ["kpö", "kommunist"]
    assert identifying_words("the activist", "en") == ["aktivist"]


def test_the_person_named_after_a_body_acts_speaks_for_it() -> None:
    person = identifying_words("the Communist Party", "en")
    before = "Die KPÖ erteilte nicht nur Kurzmann, sondern auch Vollath eine Absage."
    source = "Begründung des Landtagsabgeordneten Werner Murgg"
    text = "Begründung des Landtagsabgeordneten Werner Murgg: Es ist keine gute Sitte."
    assert person_match(person, said(text, source, before)) == 1.0
    # a speaker posted in another body, or a body that is not the subject of the sentence before: not the KPÖ's
    other = "ÖVP-Klubobmann Werner Murgg"
    assert person_match(person, said(f"{other}: Es ist keine gute Sitte.", other, before)) < 1.0
    assert person_match(person, said(text, source, "Kurzmann kritisierte die KPÖ.")) < 1.0


def test_a_sentence_naming_the_asked_speakers_before_their_words_is_their_claim() -> None:
    text = (
        "Fassungslos zeigten ArbeitnehmerInnen-Sprecherin Birgit Schatz und Sozialsprecherin Judith Schwentner: "
        "Bei einer Nettoersatzrate von 55 Prozent kann man nicht von Luxus sprechen."
    )
    row = [0.0] * len(NAMES)
    row[NAMES.index("person")] = 1.0
    item = Listed(said(text, None), 0.97, [], "Birgit, Judith", "nennt nur", named_only=True, row=row)
    speaking_asked(item)
    assert not item.named_only and item.note is None
    assert item.source == "ArbeitnehmerInnen-Sprecherin Birgit Schatz und Sozialsprecherin Judith Schwentner"
    row[NAMES.index("person")] = 0.5  # merely named: stays a sentence that names someone
    other = Listed(said(text, None), 0.97, [], "Birgit, Judith", "nennt nur", named_only=True, row=row)
    speaking_asked(other)
    assert other.named_only


def test_a_capitalised_name_is_never_read_as_a_verb() -> None:
    # HanTa tags "hunt" and "state" as verbs: typed with a capital inside the phrase they are a name, or a title's field
    q = parse_question("Did coach Torsten Hunt say the team was tired?")
    assert (q.kind, q.person, q.claimed_quote) == ("quote_check", "coach Torsten Hunt", "the team was tired")
    q = parse_question("What did Secretary of State John Kerry say about Syria?")
    assert (q.kind, q.person) == ("who_said", "Secretary of State John Kerry")


def test_a_name_after_a_title_with_its_field() -> None:
    # "Secretary of State" is an office ("US-Außenminister"); a name may follow a title's field without an article
    assert identifying_words("Secretary of State John Kerry", "en") == ["john", "kerry"]
    assert identifying_words("Minister of Defence Boris Pistorius", "en") == ["boris", "pistorius"]
    assert identifying_words("the Secretary of State", "en") == ["außenminister"]
    assert "opera" in identifying_words("the director of the Vienna State Opera", "en")  # a body, no name
