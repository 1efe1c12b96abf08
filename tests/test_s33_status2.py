"""Session 33, helper status2 (issue #13): the stage of a deal as wire news tells it.

- A joint venture that partners agree to form, create or set up is still to be made,
  announced ("X and Y agreed to form a joint venture", "acordaron constituir una
  sociedad conjunta"; ``kg.deals.status._to_be_founded``); an alliance agreed ("agreed
  to form a strategic alliance"), a venture formed ("formed a joint venture last
  year") and a venture agreed on ("agreed on a joint venture") stay done.
- A report taken back is no deal (the convention of heldout18's correction notice: the
  deal a newspaper withdraws never was): the verb of saying marked wrong by an adverb
  or an adverbial of error ("A story on Monday incorrectly said that X had acquired Y",
  "publicó erróneamente que", "la cifra que, por error, atribuimos a una compraventa
  de Y por X"), or the next sentence a correction's formula ("… este diario afirmó que
  Y había sido adquirida por X. No es así: …", "That is not the case.";
  ``kg.deals.asserted.retracted``); "correctly said", a next sentence that only begins
  with "No es" and an adverb of error on the deal's own verb ("wrongly bought Y at the
  top of the market") change nothing.
- A clause after a colon that spells out a purchase agreement ("firmaron un acuerdo de
  distribución en exclusiva: X venderá los quesos de Y durante cinco años") tells its
  terms, not its stage (``kg.deals.status._spelled_out``); the same clause alone is
  announced.
- A deal noun whose relative clause says it closed is done, whatever the main verb
  tells of its effects ("The acquisition of Y by X, which closed on Friday, adds 300
  stores", "la compra de Y por X, que se cerró el viernes, le dará 300 tiendas";
  ``kg.deals.status._closed_by_relative``); "which is expected to close in March", "que
  se cerrará en marzo", a company "which closed its plant" and shares "which closed at
  $12 a share" change nothing.
- "la fusión naufragó": a deal that sank is cancelled (``cancelled`` in
  lexicon/deals.toml).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.facts import Deal


def _one(nlp: Language, text: str) -> Deal:
    deals = list(nlp(text)._.kg_deals)
    assert len(deals) == 1, deals
    return deals[0]


# -- a joint venture agreed to be formed -----------------------------------------------


_VENTURES_TO_BE_FORMED = (
    ("en", "Harlow Systems and Brightwell Motors agreed to form a joint venture worth "
           "$300 million."),
    ("en", "Harlow Systems agreed to set up a joint venture with Brightwell Motors."),
    ("en", "Harlow Systems and Brightwell Motors have agreed to create a joint venture to "
           "build batteries."),
    ("es", "Grupo Norvalia y Textiles Ambrosio acordaron constituir una sociedad conjunta."),
    ("es", "Grupo Norvalia y Textiles Ambrosio acordaron crear una empresa conjunta valorada "
           "en 300 millones de dólares."),
)


def test_venture_agreed_to_be_formed_is_announced(en: Language, es: Language) -> None:
    for lang, text in _VENTURES_TO_BE_FORMED:
        d = _one(en if lang == "en" else es, text)
        assert (d.type, d.status) == ("Partnership", "Announced"), text


# -- a report taken back ---------------------------------------------------------------


_REPORTS_TAKEN_BACK = (
    ("en", "A story on Monday incorrectly said that Tendal Group had acquired Brisamar Foods."),
    ("en", "Harlow Systems incorrectly said last week that it had acquired Brightwell Motors."),
    ("en", "A report on Monday wrongly stated that Harlow Systems had bought Brightwell Motors."),
    ("en", "A story on Monday said that Harlow Systems had acquired Brightwell Motors. That "
           "is not the case."),
    ("es", "Este diario publicó erróneamente que Grupo Norvalia había comprado Textiles "
           "Ambrosio."),
    ("es", "En la información publicada ayer, este diario afirmó que Textiles Ambrosio había "
           "sido adquirida por Grupo Norvalia. No es así: la compra no se ha producido."),
    ("es", "Esa es la cifra que, por error, atribuimos a una compraventa de Textiles Ambrosio "
           "por Grupo Norvalia."),
)


def test_report_taken_back_is_no_deal(en: Language, es: Language) -> None:
    for lang, text in _REPORTS_TAKEN_BACK:
        doc = (en if lang == "en" else es)(text)
        assert [d for d in doc._.kg_deals if d.type == "Acquisition"] == [], text


# -- a purchase agreement spelled out after a colon ------------------------------------


def test_agreement_spelled_out_after_colon_is_done(es: Language) -> None:
    d = _one(es, "Lo que ambas empresas firmaron el martes es un acuerdo de distribución en "
                 "exclusiva: Lácteos Norvalia venderá los quesos de Textiles Ambrosio en sus "
                 "tiendas durante cinco años.")
    assert (d.type, d.status) == ("PurchaseAgreement", "Completed")


# -- a deal that sank ------------------------------------------------------------------


def test_merger_that_sank_is_cancelled(es: Language) -> None:
    d = _one(es, "La fusión entre Grupo Norvalia y Textiles Ambrosio naufragó en marzo.")
    assert (d.type, d.status) == ("Merger", "Cancelled")


# -- a deal closed, told in a relative clause ------------------------------------------


@pytest.mark.parametrize("nlp_name,text", [
    ("en", "The acquisition of Brisamar Foods by Tendal Group, which closed on Friday, adds "
           "300 stores to its network."),
    ("en", "Tendal Group's acquisition of Brisamar Foods, which closed on Friday, will add "
           "300 stores."),
    ("en", "The takeover of Brisamar Foods by Tendal Group, which was completed in March, "
           "will add 300 stores."),
    ("es", "La compra de Brisamar Foods por Tendal Grupo, que se cerró el viernes, le dará "
           "300 tiendas."),
])
def test_deal_closed_in_relative_clause_is_done(
    en: Language, es: Language, nlp_name: str, text: str
) -> None:
    d = _one({"en": en, "es": es}[nlp_name], text)
    assert d.status == "Completed"


# -- near misses: each rule leaves these as they were -----------------------------------


_NEAR_MISSES = (
    # an alliance agreed is made; a venture formed or agreed on is done
    ("en", "Harlow Systems and Brightwell Motors agreed to form a strategic alliance.",
     "Completed"),
    ("en", "Harlow Systems and Brightwell Motors formed a joint venture last year.", "Completed"),
    ("en", "Harlow Systems and Brightwell Motors agreed on a joint venture to build batteries.",
     "Completed"),
    ("es", "Grupo Norvalia y Textiles Ambrosio crearon una empresa conjunta en 2021.",
     "Completed"),
    # a report not taken back
    ("en", "Harlow Systems correctly said that it had acquired Brightwell Motors.", "Completed"),
    ("en", "Harlow Systems wrongly bought Brightwell Motors at the top of the market.",
     "Completed"),
    ("en", "Harlow Systems said that it had acquired Brightwell Motors. The deal cost $40 "
           "million.", "Completed"),
    ("es", "Grupo Norvalia afirmó que había comprado Textiles Ambrosio. No es la primera vez "
           "que lo hace.", "Completed"),
    # the same sale told alone
    ("es", "Lácteos Norvalia venderá los quesos de Textiles Ambrosio en sus tiendas durante "
           "cinco años.", "Announced"),
    # an error on the deal's own verb
    ("en", "Tendal Group said it had acquired Brisamar Foods by mistake, a lawyer argued.",
     "Completed"),
    # a relative clause that tells no close
    ("en", "The acquisition of Brisamar Foods by Tendal Group, which is expected to close in "
           "March, will add 300 stores.", "Announced"),
    ("es", "La compra de Brisamar Foods por Tendal Grupo, que se cerrará en marzo, le dará 300 "
           "tiendas.", "Announced"),
    ("en", "Tendal Group will buy Brisamar Foods, which closed its Leeds plant last year.",
     "Announced"),
    ("en", "Tendal Group's takeover of Brisamar Foods, which closed at $12 a share on Friday, "
           "would create a giant.", "Rumoured"),
)


def test_near_misses_keep_their_status(en: Language, es: Language) -> None:
    for lang, text, status in _NEAR_MISSES:
        deals = (en if lang == "en" else es)(text)._.kg_deals
        assert [d.status for d in deals] == [status], text
