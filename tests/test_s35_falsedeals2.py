"""Session 35, helper falsedeals2 (issue #13): one event read as two deals.

- A stake told as one numbered step of a deal done in several ("In a first tranche, X
  will acquire 40% of Y", "En una primera fase, X comprará el 45 % de Y", "As a first
  step", "Como primer paso"), bought by the buyer of a takeover of the same company, is
  that takeover's step, not a deal of its own (``kg.deals.syntax.told_as_step``,
  ``kg.deals.merge._fold_steps_of_takeovers``); the takeover keeps its own price and
  stage. A step bought by another buyer, a stake with no step told, a second stake
  told as another, and "the first phase of a plant" stay as they were.
- A deal an interview's question takes for granted, denied by a bare negation in the
  answer right after it ("Why did you sell your stake in Y? — We didn't.", "—¿Por qué
  vendieron su participación en Y? —No la vendimos."), is no deal
  (``kg.deals.first_person.denied_by_answer``); an answer that says more, or "No
  comment", leaves it.
- A purchase noun naming, by its company, a stake its buyer was told buying before
  ("X bought 30% of Y for $50 million. X's purchase of Y was approved by regulators"),
  with no price of its own and no stage but an approval or a completion, is that stake
  purchase (``kg.deals.merge._fold_stakes_named_again``); a takeover agreed or launched
  later, one with another price, and one told in another year stay deals of their own.
- A takeover told loosely first (a headline's "X compra Y", "X snaps up Y": buyer and
  company only, no price, no stage) is the one stake the same buyer is told buying in
  that company in the next sentence ("X ha adquirido el 45 % de Y por 30 millones")
  (``kg.deals.merge._fold_thin_takeovers_of_stakes``); a takeover agreed with its price,
  and a stake told further on as background, stay deals of their own.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_s32_unread import _deals, _one, _roles

# -- a step of a takeover done in several ------------------------------------------


def test_first_tranche_is_a_step_of_the_takeover(en: Language) -> None:
    d = _one(en, "Marrick Group will buy Tolsey Foods in two stages. In a first tranche, "
                 "Marrick Group will acquire 40% of Tolsey Foods for $60 million, and the "
                 "rest in 2027.")
    assert d.type == "Acquisition"
    assert _roles(d) == {("acquirer", "Marrick Group"), ("target", "Tolsey Foods")}
    assert d.amount is None  # the tranche's price is not the whole's
    assert "merge:step-of-takeover" in d.rules


def test_first_step_is_a_step_of_the_takeover(en: Language) -> None:
    d = _one(en, "Corbel Foods will take over Anvers Dairy in two stages. As a first "
                 "step, Corbel Foods will buy 30% of Anvers Dairy from its founders.")
    assert d.type == "Acquisition"
    assert _roles(d) >= {("acquirer", "Corbel Foods"), ("target", "Anvers Dairy")}


def test_primer_tramo_es_un_paso_de_la_compra(es: Language) -> None:
    d = _one(es, "Grupo Ferral comprará Conservas Ibarra en dos fases. En un primer "
                 "tramo, Grupo Ferral adquirirá el 40% de Conservas Ibarra por 30 "
                 "millones de euros.")
    assert d.type == "Acquisition"
    assert _roles(d) == {("acquirer", "Grupo Ferral"), ("target", "Conservas Ibarra")}
    assert d.status == "Announced"


def test_primera_fase_es_un_paso_de_la_compra(es: Language) -> None:
    d = _one(es, "Grupo Sorell se hará con Lácteos Ebro en dos etapas. En una primera "
                 "fase, Grupo Sorell comprará el 45% de Lácteos Ebro por 25 millones.")
    assert d.type == "Acquisition"
    assert _roles(d) == {("acquirer", "Grupo Sorell"), ("target", "Lácteos Ebro")}


def test_como_primer_paso_es_un_paso_de_la_compra(es: Language) -> None:
    d = _one(es, "Tarvia adquirirá Hilados Curt por completo antes de 2028. Como primer "
                 "paso, Tarvia comprará un 20% de Hilados Curt a la familia Curt.")
    assert d.type == "Acquisition"
    assert ("target", "Hilados Curt") in _roles(d)


# -- near misses: another buyer, no step told, a step of something else ----------------


def test_step_bought_by_another_buyer_stays_apart(en: Language) -> None:
    deals = _deals(en, "Fenrow Capital agreed to buy Lisle Brewing. In a first tranche, "
                       "Brigand Partners will acquire 25% of Lisle Brewing.")
    assert {d.type for d in deals} == {"Acquisition", "Investment"}
    assert not any("merge:step-of-takeover" in d.rules for d in deals)


def test_stake_then_the_rest_with_no_step_stays_two(en: Language) -> None:
    deals = _deals(en, "Pelham Energy took a 20% stake in Corvin Solar last year. Pelham "
                       "Energy has now agreed to buy the rest of Corvin Solar for $80 "
                       "million.")
    assert sorted(d.type for d in deals) == ["Acquisition", "Investment"]


def test_first_phase_of_a_plant_is_no_step(en: Language) -> None:
    deals = _deals(en, "Fenrow Capital agreed to buy Lisle Brewing. Fenrow Capital also "
                       "invested $5 million in the first phase of Lisle Brewing's new "
                       "plant.")
    assert not any("frame:told-as-step" in d.rules for d in deals)


def test_second_stake_with_no_takeover_stays_two(en: Language) -> None:
    deals = _deals(en, "Halden Bank bought a 10% stake in Mirow Pay in March. In a second "
                       "tranche, Halden Bank bought another 10% of Mirow Pay in June.")
    assert [d.type for d in deals] == ["Investment", "Investment"]


# -- a question's deal denied by the answer ------------------------------------------

_ASKED_EN = "Ilsa Brand, chief executive of Quorrel Dairies, answers our questions.\n\n"
_ASKED_ES = ("Rosa Ibarra, consejera delegada de Quesos Almira, responde a nuestras "
             "preguntas.\n\n")


def test_sale_asked_and_denied_is_no_deal(en: Language) -> None:
    assert _deals(en, _ASKED_EN + "Why did you sell your stake in Fenton Creamery?\n\n"
                      "We didn't. We are happy holders and have no plans to leave.") == []


def test_sale_asked_and_never_done_is_no_deal(en: Language) -> None:
    assert _deals(en, _ASKED_EN + "Why did you sell your stake in Fenton Creamery?\n\n"
                      "No, we never did.") == []


def test_venta_preguntada_y_negada_no_es_operacion(es: Language) -> None:
    assert _deals(es, _ASKED_ES + "—¿Por qué vendieron su participación en Lácteos "
                      "Sarria?\n\n—No la vendimos. Y no pensamos hacerlo.") == []


def test_purchase_asked_and_explained_stays(en: Language) -> None:
    d = _one(en, _ASKED_EN + "Why did you buy Fenton Creamery?\n\nWe needed its plants "
                 "in the north.")
    assert _roles(d) == {("acquirer", "Quorrel Dairies"), ("target", "Fenton Creamery")}


def test_no_comment_denies_nothing(en: Language) -> None:
    d = _one(en, _ASKED_EN + "Did you sell Fenton Creamery to Marl Foods?\n\nNo comment.")
    assert ("acquirer", "Marl Foods") in _roles(d)


def test_compra_preguntada_y_explicada_sigue(es: Language) -> None:
    d = _one(es, _ASKED_ES + "—¿Por qué compraron Lácteos Sarria?\n\n—Necesitábamos sus "
                 "fábricas del norte.")
    assert ("target", "Lácteos Sarria") in _roles(d)


# -- a stake purchase named again by its company -------------------------------------


def test_purchase_of_the_company_names_the_stake_again(en: Language) -> None:
    d = _one(en, "Acme Rail bought 30% of Zenith Signals for $50 million in March. Acme "
                 "Rail's purchase of Zenith Signals was approved by regulators.")
    assert d.type == "Investment"
    assert _roles(d) == {("investor", "Acme Rail"), ("investee", "Zenith Signals")}
    assert d.amount is not None and d.amount.value == 50_000_000


def test_compra_de_la_empresa_es_la_participacion_comprada(es: Language) -> None:
    d = _one(es, "Grupo Almar ha comprado el 25% de Conservas Nalón por 12 millones de "
                 "euros. La compra de Conservas Nalón por Grupo Almar fue aprobada por la "
                 "CNMC.")
    assert d.type == "Investment"
    assert "merge:stake-named-again" in d.rules


@pytest.mark.parametrize(("lang", "text"), [
    # a takeover agreed later, with a price of its own
    ("en", "Acme Rail bought 30% of Zenith Signals last year. This week Acme Rail agreed "
           "the purchase of Zenith Signals for $400 million."),
    # completed in another year
    ("en", "Acme Rail bought 30% of Zenith Signals in 2019. Acme Rail's purchase of Zenith "
           "Signals was completed in 2023."),
    # a bid launched
    ("es", "Grupo Almar compró el 25% de Conservas Nalón en 2020. Grupo Almar ha lanzado "
           "ahora una opa por Conservas Nalón."),
    # a price of its own
    ("en", "Acme Rail bought 30% of Zenith Signals. Acme Rail's purchase of Zenith Signals, "
           "worth $300 million, will close in June."),
])
def test_takeover_told_apart_from_the_stake_stays(
    request: pytest.FixtureRequest, lang: str, text: str
) -> None:
    deals = _deals(request.getfixturevalue(lang), text)
    assert sorted(d.type for d in deals) == ["Acquisition", "Investment"]


# -- a headline's takeover that is the lede's stake ----------------------------------


def test_headline_purchase_is_the_stake_of_the_lede(es: Language) -> None:
    d = _one(es, "Grupo Almar compra Conservas Nalón\n\nGrupo Almar ha adquirido el 45% de "
                 "Conservas Nalón por 30 millones de euros, según informó la empresa.")
    assert d.type == "Investment"
    assert _roles(d) == {("investor", "Grupo Almar"), ("investee", "Conservas Nalón")}
    assert d.amount is not None and d.amount.value == 30_000_000


def test_headline_snap_up_is_the_stake_of_the_lede(en: Language) -> None:
    d = _one(en, "Acme Rail snaps up Zenith Signals\n\nAcme Rail has agreed to buy 40% of "
                 "Zenith Signals for $40 million from its founders.")
    assert d.type == "Investment"
    assert d.status == "Announced"


@pytest.mark.parametrize(("lang", "text"), [
    # the takeover agreed with its price; an older stake told as background
    ("en", "Acme Rail buys Zenith Signals\n\nAcme Rail said on Monday it had agreed to buy "
           "Zenith Signals for $300 million. The company expects to close the deal in June. "
           "Zenith Signals makes railway signalling systems. In 2019 Acme Rail bought 10% "
           "of Zenith Signals for $20 million."),
    # a stake told three sentences on, after the deal's own news
    ("en", "Acme Rail buys Zenith Signals\n\nThe deal was announced on Monday. Regulators "
           "must still approve it. Acme Rail bought 10% of Zenith Signals in 2019."),
])
def test_takeover_with_a_background_stake_stays(
    request: pytest.FixtureRequest, lang: str, text: str
) -> None:
    deals = _deals(request.getfixturevalue(lang), text)
    assert sorted(d.type for d in deals) == ["Acquisition", "Investment"]
