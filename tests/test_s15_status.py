"""Deal status (session 15) on sentences written for three classes of stage words:

- a deal whose own verb or noun is dated in a year before the article's was made then
  and is done by the time of writing ("paying $75 million in 2023 for Y", "buying Y in
  2022", "los analistas recuerdan la adquisición de Y en 2022"): ``dated-past`` on the
  deal's verb, ``dated-past-noun`` on a deal noun no word above qualifies (a date on the
  verb that tells the deal, "In 2021 X said it was acquiring Y", dates the telling); the
  same sentence in an article of that year, or with no date, is left as it was;
- a deal told in a clause of "después de que" with its verb in the past subjunctive came
  before the main event and is done ("dos años después de que X comprara Y")
  (``done-before-clause``), but not one told under "si" ("si X comprara Y");
- a hostile offer that the target's board rejects still stands: the bidder takes it to
  the shareholders ("Y's board rejected a hostile offer from X", "el consejo de Y rechazó
  la OPA hostil de X": announced); its shareholders' rejection, or an offer not hostile,
  ends it (``rejecting``, ``hostile_words`` in lexicon/deals.toml).

The organisations are given by hand, so that a miss of the entity component does not
hide what the status rules do."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.deals import STATUS_RULES
from kg.doc import ARTICLE_KEY
from kg.facts import Article, Deal
from tests.test_deals import org

pytestmark = pytest.mark.model

ES = ("Arcadia", "Velia")
EN = ("Brantley", "Osgood")


def dated_deals(nlp: Language, text: str, names: tuple[str, ...], published: str | None
                ) -> list[Deal]:
    """The deals of ``text`` read as the body of an article published on ``published``."""
    doc = nlp.make_doc(text)
    doc.user_data[ARTICLE_KEY] = Article(id="s15", text=text, published=published)
    for pipe_name, proc in nlp.pipeline:
        doc = proc(doc)
        if pipe_name == "kg_entities":
            doc._.kg_entities = [org(text, name) for name in names]
    found: list[Deal] = doc._.kg_deals
    return found


def status_of(nlp: Language, text: str, names: tuple[str, ...],
              published: str | None = "2026-05-04") -> str | None:
    (deal,) = dated_deals(nlp, text, names, published)
    return deal.status


def _nlp(es: Language, en: Language, lang: str) -> tuple[Language, tuple[str, str]]:
    return (es, ES) if lang == "es" else (en, EN)


def test_the_new_rules_are_named_in_their_places() -> None:
    names = [r.name for r in STATUS_RULES]
    # a deal dated in the past is decided after the words that end, hedge or plan it,
    # before the words that only announce it
    assert names.index("cancelled") < names.index("dated-past") < names.index("announced")
    assert names.index("intended") < names.index("dated-past")
    assert "done-before-clause" in names


# -- a deal dated in an earlier year -----------------------------------------------------


@pytest.mark.parametrize("lang,text", [
    ("en", "Brantley has spent heavily since then, paying $75 million in 2023 for pump "
           "maker Osgood."),
    ("en", "Brantley expanded into Texas, buying pump maker Osgood in 2022 for $40 million."),
    ("es", "Arcadia aumenta su cuota de mercado comprando en 2021 la cadena Velia por 40 "
           "millones de euros."),
    ("es", "Los analistas recuerdan la adquisición de Velia por parte de Arcadia en 2022."),
])
def test_a_deal_dated_in_an_earlier_year_is_done(
    es: Language, en: Language, lang: str, text: str
) -> None:
    nlp, names = _nlp(es, en, lang)
    assert status_of(nlp, text, names) == "Completed"
    # the same words in an article of that year, or of no known date, tell a deal agreed
    assert status_of(nlp, text, names, published="2021-01-02") != "Completed"
    assert status_of(nlp, text, names, published=None) != "Completed"


@pytest.mark.parametrize("text", [
    "Brantley has grown through deals such as its $900 million purchase of Osgood in 2024.",
    # the date right after the deal noun's phrase, which the parser hangs on the verb
    "The loss stems mainly from Brantley's $200 million purchase of Osgood in 2024, which "
    "added two plants.",
])
def test_a_deal_noun_dated_in_an_earlier_year_is_done(en: Language, text: str) -> None:
    (deal,) = dated_deals(en, text, EN, "2026-05-04")
    assert deal.status == "Completed"
    assert "status:Completed<-dated-past-noun" in deal.rules
    (deal,) = dated_deals(en, text, EN, "2024-05-04")
    assert "status:Completed<-dated-past-noun" not in deal.rules


@pytest.mark.parametrize("lang,text,status", [
    # a year still to come, a completion expected, a plan hedged, a deal ended
    ("en", "Brantley expects its takeover of Osgood to close in 2027.", "Announced"),
    ("es", "Arcadia prevé cerrar la compra de Velia en 2027.", "Announced"),
    ("en", "In 2024 Brantley said it would buy Osgood for $60 million.", "Announced"),
    # the date of the telling is not the deal's
    ("en", "Brantley agreed in 2023 to acquire Osgood for $60 million.", "Announced"),
    ("es", "Arcadia acordó en 2023 la compra de Velia por 60 millones de euros.", "Announced"),
    ("en", "In 2023 Brantley walked away from its planned purchase of Osgood.", "Cancelled"),
    ("en", "In 2025 Brantley was in talks to buy Osgood.", "InNegotiation"),
])
def test_a_year_does_not_override_the_words_of_the_stage(
    es: Language, en: Language, lang: str, text: str, status: str
) -> None:
    nlp, names = _nlp(es, en, lang)
    assert status_of(nlp, text, names) == status


# -- "después de que" with the past subjunctive ---------------------------------------


@pytest.mark.parametrize("text", [
    "La venta llega dos años después de que Arcadia comprara Velia por 50 millones de euros.",
    "La salida se produce tres años después de que Arcadia pagara 85 millones por la "
    "colombiana Velia, su mayor compra.",
])
def test_a_deal_told_after_despues_de_que_is_done(es: Language, text: str) -> None:
    assert status_of(es, text, ES) == "Completed"


def test_a_deal_supposed_with_si_is_not_done(es: Language) -> None:
    # (since session 31 the protasis reports no deal at all: kg.deals.asserted.supposed)
    text = "Si Arcadia comprara Velia, sería el mayor grupo del sector."
    assert all(d.status != "Completed" for d in dated_deals(es, text, ES, "2026-05-04"))


# -- a hostile offer rejected by the target's board ------------------------------------


@pytest.mark.parametrize("lang,text", [
    ("en", "Osgood's board on Monday rejected a hostile $2 billion offer from Brantley."),
    ("en", "Osgood rebuffed Brantley's hostile bid, saying it undervalued the company."),
    ("es", "El consejo de Velia rechazó la OPA hostil lanzada por Arcadia."),
    ("es", "Velia rechazó la oferta hostil de Arcadia por considerarla insuficiente."),
])
def test_a_hostile_offer_rejected_by_the_board_stands(
    es: Language, en: Language, lang: str, text: str
) -> None:
    nlp, names = _nlp(es, en, lang)
    assert status_of(nlp, text, names) == "Announced"


@pytest.mark.parametrize("lang,text", [
    ("en", "Osgood rejected a $2 billion offer from Brantley."),
    ("en", "Osgood shareholders rejected Brantley's hostile offer."),
    ("en", "Brantley withdrew its hostile bid for Osgood."),
    ("es", "Los accionistas de Velia rechazaron la oferta hostil de Arcadia."),
    ("es", "Los accionistas de Velia rechazaron la oferta de Arcadia."),
])
def test_an_offer_not_hostile_or_rejected_by_the_holders_ends(
    es: Language, en: Language, lang: str, text: str
) -> None:
    nlp, names = _nlp(es, en, lang)
    assert status_of(nlp, text, names) == "Cancelled"
