"""Who-said questions on a person asked by office: the holder an article names with the office in forms beside the
first name and surname next to it (a surname alone before the office in commas; the office opening the sentence right
after one that quotes someone by name)."""

from __future__ import annotations

from conftest import said

from retrieval.answer.persons import named_holders, persons_asked

KUB = (
    "Ausstellen bedeutet kritisches Hinterfragen, sagt Kunsthaus-Direktor Thomas D. Trummer. Bregenz – Die Architektur "
    "ist das Fundament für Thomas D. Trummers Arbeit in Bregenz. Trummer, seit Mai Direktor des Kunsthauses Bregenz "
    "(KUB), präsentierte am Dienstag sein erstes Jahresprogramm. Kunst aufhängen sei nicht der Sinn, sagt Trummer."
)


def test_a_surname_opening_the_sentence_before_the_office_in_commas_names_its_holder() -> None:
    assert named_holders(["direktor"], ["kunsth", "bregen"], {"d": KUB}) == {"d": {"Trummer"}}
    # the surname is one the article gives after a first name; a word opening a sentence is no surname by itself
    assert named_holders(["direktor"], ["kunsth", "bregen"], {"d": KUB.replace("Thomas D. ", "")}) == {}
    dennoch = "Dennoch, so Direktor des Kunsthauses Bregenz Weber, sei alles gut."
    assert named_holders(["direktor"], ["kunsth", "bregen"], {"d": dennoch}) == {}
    # the holder speaks under the office joined to part of the body only ("Kunsthaus-Direktor", no "Bregenz")
    words, body = ["direktor"], ["kunsth", "bregen"]
    later = said("Kunst aufhängen sei nicht der Sinn, sagt Trummer.", "Kunsthaus-Direktor Thomas D. Trummer")
    other = said("Das Museum sei offen, sagt Direktor Hans Huber.", "Direktor Hans Huber")
    assert persons_asked(words, body, [later, other], True, {"d": KUB}, strict=True)[0] == 1.0
    unnamed = {"d": KUB.replace("Trummer, seit", "Er ist seit")}
    assert persons_asked(words, body, [later, other], True, unnamed, strict=True)[0] < 1.0


SISTO = (
    "Pione ist ein Talent. Er arbeitet extrem hart und kann Tore schießen, sagte Morten Olsen. Dänemarks Teamchef hat "
    "den Shootingstar ebenfalls schon nominiert. Ich fühle mich hier zu Hause, sagt Sisto."
)


def test_the_office_opening_the_sentence_after_one_quoting_a_name_is_that_persons() -> None:
    assert named_holders(["teamchef"], [], {"d": SISTO}) == {"d": {"Olsen"}}
    olsen = said("Er arbeitet extrem hart und kann Tore schießen, sagte Morten Olsen.", "Morten Olsen")
    sisto = said("Ich fühle mich hier zu Hause, sagt Sisto.", "Sisto")
    assert persons_asked(["teamchef"], [], [olsen, sisto], True, {"d": SISTO}) == [1.0, -1.0]
    # the office with its holder's name after it is the plain pattern; a role named with an article ("vermutet der
    # Sachverständige") quotes no one by name, and an office in another case ("Der dem Angeklagten …") is no subject
    kurz = "Das sei falsch, sagte Alev Korun. Außenminister Sebastian Kurz schwieg."
    assert named_holders(["außenminister"], [], {"d": kurz}) == {"d": {"Kurz"}}
    expert = "Sie sei gestürzt, vermutet der Sachverständige. Der dem Angeklagten zugesteht, dass er bremste."
    assert named_holders(["angeklagte"], [], {"d": expert}) == {}
    far = "Das sei gut, sagte Morten Olsen. Sisto traf. Dänemarks Teamchef hat ihn nominiert."
    assert named_holders(["teamchef"], [], {"d": far}) == {}
