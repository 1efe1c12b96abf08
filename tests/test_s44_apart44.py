"""Session 44, helper apart44 (issue #13): deals whose parties are never named in one
sentence, a description or the story standing for one of them (sentences written for
these tests, names invented).

- ``parties:part-of-described-topic`` (kg.deals.tacit.described_topic): a part held of
  a bare trade description no company was introduced with ("owns 5.4 per cent of the
  explorer", "tiene el 10 % de la conservera") is a part of the company the story is
  about (its lede's), never of the holder;
- a counted stake weighed ("is considering a 15% stake in Y", "estudia una
  participación minoritaria en Y") is an investment rumoured (kg.deals.frames
  ``_stake_weighed``); a stake the subject has ("its stake") is not;
- a stake taken "in the company" by a company named as the verb's own subject is in
  another company than that subject (kg.deals.roles ``_holder_of_stake``);
- ``refer:fund-is-investor`` (kg.deals.agree.raisers_apart): "the fund" is not the
  company that raised the money of a round told before, when its investor is a
  candidate; a raiser named or described as a fund is still one;
- ``refer:described-speaker`` (kg.deals.refer): "X will open a plant, the cannery
  said" introduces X as "the cannery" for a later "the cannery" (a trade noun only:
  "the company said" does not);
- a part bought of "su capital" by a named company is of the company "su" stands for
  (the main clause's subject, else the subject before), never the buyer's own
  ("su propio capital" is; kg.deals.roles ``_capital_owner_said``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

pytestmark = pytest.mark.model


def _deals(nlp: Language, text: str) -> list[tuple[str, set[tuple[str, str]], str]]:
    """Each deal kg reads in ``text``: its type, its (role, name) pairs, its status."""
    doc = nlp(text)
    return [(d.type, {(role, ref.name) for role, ref in d.roles}, d.status)
            for d in doc._.kg_deals or ()]


def _roles(nlp: Language, text: str) -> list[set[tuple[str, str]]]:
    return [roles for _, roles, _ in _deals(nlp, text)]


# -- a held part of a trade description: the story's company -----------------------------

def test_a_part_held_of_the_explorer_is_of_the_lede_company(en: Language) -> None:
    text = ("Corlan Minerals drills for copper near Cue. Corlan Minerals shares rose 7 per "
            "cent on Monday. Brisk Capital now owns 5.4 per cent of the explorer.")
    deals = _deals(en, text)
    assert ("Investment", {("investor", "Brisk Capital"), ("investee", "Corlan Minerals")},
            "Completed") in deals


def test_una_parte_de_la_conservera_es_de_la_empresa_de_la_entradilla(es: Language) -> None:
    text = "Conservas Tamsin enlata atún en Vigo. Norvik Marine tiene el 10% de la conservera."
    assert {("investor", "Norvik Marine"), ("investee", "Conservas Tamsin")} in _roles(es, text)


def test_a_part_of_the_explorer_held_by_the_story_company_itself_is_no_deal(
        en: Language) -> None:
    """The story is about the holder: the explorer is some other company, untold."""
    text = ("Brisk Capital manages $2 billion for pension funds. Brisk Capital now owns "
            "5.4 per cent of the explorer.")
    assert _deals(en, text) == []


# -- a stake weighed ---------------------------------------------------------------------

def test_a_counted_stake_considered_is_a_rumoured_investment(en: Language) -> None:
    text = ("Norvik Marine is considering a 15% stake in Tamsin Fisheries, people "
            "familiar with the matter said.")
    assert ("Investment", {("investor", "Norvik Marine"), ("investee", "Tamsin Fisheries")},
            "Rumoured") in _deals(en, text)


def test_una_participacion_minoritaria_estudiada_es_una_inversion(es: Language) -> None:
    text = ("El grupo coreano Norvik Marine estudia una participación minoritaria en "
            "Conservas Tamsin.")
    assert ("Investment", {("investor", "Norvik Marine"), ("investee", "Conservas Tamsin")},
            "Rumoured") in _deals(es, text)


def test_a_stake_of_ones_own_weighed_or_a_participation_in_a_tender_is_no_deal(
        en: Language, es: Language) -> None:
    assert _deals(en, "Norvik Marine is weighing its stake in Tamsin Fisheries after "
                      "the profit warning.") == []
    assert _deals(es, "Norvik Marine estudia la participación en el concurso de "
                      "Conservas Tamsin.") == []


# -- a stake in the company, taken by a named subject -----------------------------------

def test_a_stake_taken_in_the_company_is_not_in_the_taker(en: Language) -> None:
    text = "Tamsin Fisheries cans tuna in Apia. Norvik Marine took a 10% stake in the company."
    assert {("investor", "Norvik Marine"), ("investee", "Tamsin Fisheries")} in _roles(en, text)


def test_una_participacion_sopesada_en_la_conservera(es: Language) -> None:
    text = ("Conservas Tamsin enlata atún en Vigo. El grupo coreano Norvik Marine sopesa "
            "una participación del 20% en la conservera.")
    assert ("Investment", {("investor", "Norvik Marine"), ("investee", "Conservas Tamsin")},
            "Rumoured") in _deals(es, text)


# -- "the fund" is no company that raised the money --------------------------------------

def test_the_fund_is_the_rounds_investor_not_its_raiser(en: Language) -> None:
    text = ("Morvel Health has raised $85 million in a round led by Quillon Capital. Its "
            "chairman will join the board. The fund has already backed Tessary Labs.")
    roles = _roles(en, text)
    assert {("investor", "Quillon Capital"), ("investee", "Tessary Labs")} in roles
    assert {("investor", "Morvel Health"), ("investee", "Tessary Labs")} not in roles


def test_el_fondo_es_el_inversor_de_la_ronda(es: Language) -> None:
    text = ("Clínicas Morvel levantó 20 millones de euros en una ronda liderada por Cumbre "
            "Partners. Su presidente entrará en el consejo. El fondo ya invirtió en la "
            "tecnológica Tessary.")
    roles = _roles(es, text)
    assert {("investor", "Cumbre Partners"), ("investee", "Tessary")} in roles
    assert {("investor", "Clínicas Morvel"), ("investee", "Tessary")} not in roles


def test_a_fund_that_raised_money_is_still_the_fund(en: Language) -> None:
    text = ("Harbor Pension invested $50 million in Tollan Growth Fund. Its chairman will "
            "join the board. The fund has already backed Tessary Labs.")
    assert {("investor", "Tollan Growth Fund"), ("investee", "Tessary Labs")} in _roles(en, text)


# -- "..., the cannery said": a description introduced by attribution --------------------

def test_the_cannery_that_spoke_is_the_cannery_bought_into(en: Language) -> None:
    text = ("Kiona Seafoods Ltd will open a second canning line in Suva, the cannery said on "
            "Tuesday. Coldline Services bought a warehouse in Lautoka last year. Norvik "
            "Marine bought 10% of the cannery.")
    roles = _roles(en, text)
    assert {("investor", "Norvik Marine"), ("investee", "Kiona Seafoods")} in roles
    assert {("investor", "Norvik Marine"), ("investee", "Coldline Services")} not in roles



# -- "su capital" bought by another: the company "su" stands for ------------------------

def test_una_parte_de_su_capital_comprada_es_de_la_empresa_de_antes(es: Language) -> None:
    text = ("Banca Lirio duplicará su tamaño con la compra. El fondo Capital Andino comprará "
            "el 8% de su capital por 30 millones de dólares.")
    assert {("investor", "Capital Andino"), ("investee", "Banca Lirio")} in _roles(es, text)


def test_su_capital_es_del_sujeto_de_la_oracion_principal(es: Language) -> None:
    text = "Banca Lirio anunció que el fondo Capital Andino tomará un 8% de su capital."
    assert {("investor", "Capital Andino"), ("investee", "Banca Lirio")} in _roles(es, text)


def test_su_propio_capital_comprado_no_es_de_otra_empresa(es: Language) -> None:
    """A company that buys a part of its own capital buys back its shares: no deal with
    the company named before."""
    text = "Banca Lirio crecerá este año. Inversora Andina compró el 3% de su propio capital."
    assert {("investor", "Inversora Andina"), ("investee", "Banca Lirio")} \
        not in _roles(es, text)
