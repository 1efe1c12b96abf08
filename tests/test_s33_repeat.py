"""Session 33, helper repeat (issue #13): one event told twice, from the side of another
of its parties, read as two deals (``kg.deals.merge._fold_retold_sides``).

- A backer named in passing ("Y, respaldada por X, ...", "X backs Y") whom the article
  names as an investor of the company's round is that round's investor, not a deal of
  its own (``_fold_backers_in_round``); a backer the round does not name stays apart.
- Money two partners put in together with no company invested in ("con una inversión
  conjunta de 80 millones") is their partnership's (``_fold_joint_investments``); an
  investment of theirs in a named company stays one of its own.
- A stake sold to the buyer of a takeover of the same company is that takeover told
  from the seller's side: in one sentence ("vende su 45 % de Y a Z, que ha comprado el
  100 %", "we closed the sale of our 40% stake in Y to Z, which bought 100% of the
  company"), or told again as the control the stake gives, by the same seller at the
  same stage (``_fold_stakes_in_takeovers``); a stake the buyer tells as bought before
  a takeover agreed later, or before a bid, stays apart.
- A takeover whose target is a description told by its noun alone ("sold the business
  to X", "vendió el negocio a X") is the takeover of the company the same seller was
  told selling (``_sold_by_the_seller``, ``kg.deals.component.bare_description``); "its
  dairy business", "su división láctea" may be another part and stay a sale of their own.
- "a round led by X, in which Y also invested", "una ronda liderada por X, en la que
  también ha invertido Y": the clause the parser hangs on the lead tells of the round,
  so Y invests in the company that raised it, and joins the round
  (``kg.deals.refer._round_of_lead``); "liderada por X, fondo en el que invirtió Y en
  2019" is about the fund X.
- "X invested $30 million of the total", "X ha invertido 6 millones del total": a figure
  told as a part of the total is one backer's share, no price of a deal of its own
  (``kg.deals.attach._share_of_total``): the backer's mention joins the round; "a
  total of 10 millones" is the round's, and the lead's earlier investment stays apart.

Each text is written for these tests (invented names). The tests run the installed
pipelines and are marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_s32_unread import _deals, _one, _roles

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py


# -- a backer told again as an investor of the round -------------------------------------


def test_backer_named_in_the_round_is_its_investor_es(es: Language) -> None:
    d = _one(es, "La tecnológica Brevia, respaldada por Olmeda Capital, ha levantado 12 "
                 "millones de euros en una ronda liderada por Ferrán Ventures. Olmeda Capital "
                 "también ha participado en la ronda.")
    assert d.type == "Investment"
    assert _roles(d) == {("investee", "Brevia"), ("investor", "Ferrán Ventures"),
                         ("investor", "Olmeda Capital")}
    assert "merge:backer-in-round" in d.rules


def test_backer_named_in_the_round_is_its_investor_en(en: Language) -> None:
    d = _one(en, "Cobalt Lane, backed by Pellmore Partners, raised $30 million in a Series B "
                 "round led by Garnet Growth. Pellmore Partners also invested in the round.")
    assert _roles(d) == {("investee", "Cobalt Lane"), ("investor", "Garnet Growth"),
                         ("investor", "Pellmore Partners")}
    assert d.amount is not None and d.amount.value == 30_000_000


def test_backer_the_round_does_not_name_stays_apart(en: Language) -> None:
    deals = _deals(en, "Cobalt Lane, backed by Pellmore Partners, raised $30 million in a "
                       "Series B round led by Garnet Growth.")
    assert len(deals) == 2
    assert not any("merge:backer-in-round" in d.rules for d in deals)


# -- the partners' joint investment ------------------------------------------------------


def test_joint_investment_is_the_partnerships_money_es(es: Language) -> None:
    d = _one(es, "Calderas Norte y Eólica Ribera sellan una alianza para fabricar turbinas. "
                 "Calderas Norte y Eólica Ribera han firmado un acuerdo para fabricar turbinas "
                 "en Soria, con una inversión conjunta de 80 millones de euros.")
    assert d.type == "Partnership"
    assert d.amount is not None and d.amount.value == 80_000_000
    assert d.status == "Completed"  # the alliance's own stage, not the investment's


def test_joint_investment_is_the_partnerships_money_en(en: Language) -> None:
    d = _one(en, "Harlow Chemicals and Vantor Energy form alliance to build hydrogen plant. "
                 "Harlow Chemicals and Vantor Energy signed an agreement to build the plant in "
                 "Teesside, with a joint investment of £200 million.")
    assert d.type == "Partnership"
    assert d.amount is not None and d.amount.value == 200_000_000


def test_partners_investing_in_a_company_is_an_investment(en: Language) -> None:
    deals = _deals(en, "Harlow Chemicals and Vantor Energy form an alliance. Separately, "
                       "Harlow Chemicals and Vantor Energy invested £50 million in Brightwell "
                       "Hydrogen.")
    assert sorted(d.type for d in deals) == ["Investment", "Partnership"]
    (partnership,) = (d for d in deals if d.type == "Partnership")
    assert partnership.amount is None


# -- a seller's stake in the buyer's takeover --------------------------------------------


def test_stake_sold_to_the_buyer_of_the_whole_in_one_sentence(es: Language) -> None:
    d = _one(es, "El fondo Cedro Capital vende su 45 % de Logística Bahía a Transportes "
                 "Aldana, que ha comprado el 100 % de la compañía por 50 millones de euros.")
    assert d.type == "Acquisition"
    assert _roles(d) == {("target", "Logística Bahía"), ("acquirer", "Transportes Aldana"),
                         ("seller", "Cedro Capital")}


def test_our_stake_sold_to_the_buyer_of_the_whole_in_one_sentence(en: Language) -> None:
    d = _one(en, "In June we closed the sale of our 40% stake in Tolima Packaging to Norway's "
                 "Fjellstad Pack, which bought 100% of the company from us and the founders "
                 "for $30 million.")
    assert d.type == "Acquisition"
    assert _roles(d) == {("target", "Tolima Packaging"), ("acquirer", "Fjellstad Pack")}
    assert "merge:stake-in-takeover" in d.rules


def test_stake_told_again_as_control_taken_en(en: Language) -> None:
    d = _one(en, "Wexford Foods buys Delmont Group's stake in Carrow Dairies. Wexford Foods "
                 "bought Delmont Group's 80% stake in Carrow Dairies for £60 million, taking "
                 "control of the company.")
    assert d.type == "Acquisition"
    assert _roles(d) == {("target", "Carrow Dairies"), ("acquirer", "Wexford Foods"),
                         ("seller", "Delmont Group")}
    assert "merge:stake-in-takeover" in d.rules


def test_stake_told_again_as_control_taken_es(es: Language) -> None:
    d = _one(es, "Metalúrgica Orbe compra a Grupo Ledesma su participación en Fundiciones "
                 "Tajo. Metalúrgica Orbe compró a Grupo Ledesma su participación del 75 % en "
                 "Fundiciones Tajo por 120 millones de euros y tomará así el control de la "
                 "empresa.")
    assert d.type == "Acquisition"
    assert ("seller", "Grupo Ledesma") in _roles(d)


@pytest.mark.parametrize("lang, text", [
    ("en", "Wexford Foods bought a 20% stake in Carrow Dairies from Delmont Group in 2019. "
           "In 2024 Wexford Foods agreed to buy Carrow Dairies from Delmont Group for £60 "
           "million."),
    ("es", "Metalúrgica Orbe compró a Grupo Ledesma el 20 % de Fundiciones Tajo en 2019. "
           "Ahora Metalúrgica Orbe ha acordado comprar Fundiciones Tajo a Grupo Ledesma por "
           "120 millones de euros."),
    ("es", "Metalúrgica Orbe compró el 30 % de Fundiciones Tajo a Grupo Ledesma. Metalúrgica "
           "Orbe lanzará una opa por el 100 % de Fundiciones Tajo."),
    ("es", "Metalúrgica Orbe compró el 30 % de Fundiciones Tajo en 2019 y ahora lanza una opa "
           "por el 100 % de Fundiciones Tajo."),
    ("en", "Corvid Optics bought a 30% stake in Lumenfjord in 2019 and has now agreed to buy "
           "the whole of Lumenfjord for $90 million."),
])
def test_stake_before_a_later_takeover_stays_apart(
    lang: str, text: str, en: Language, es: Language
) -> None:
    deals = _deals(en if lang == "en" else es, text)
    assert sorted(d.type for d in deals) == ["Acquisition", "Investment"]


# -- retellings the merge already folds (regression) -------------------------------------


@pytest.mark.parametrize("lang, text", [
    ("es", "Grupo Vela vende Hoteles Marina a Trion Capital. Trion Capital ha comprado "
           "Hoteles Marina por 40 millones de euros."),
    ("en", "Selwyn Partners sells Ardent Tools to Mercer Industrial. Mercer Industrial has "
           "acquired Ardent Tools from Selwyn Partners for $95 million."),
    ("en", "Brannock Group agreed to sell Fellside Water to Ostrava Utilities for $300 "
           "million. Ostrava Utilities said it would buy Fellside Water, its first purchase "
           "in Britain. The sale of Fellside Water is expected to close in June."),
    ("en", "Halvorsen Capital backs Quorra Labs. Quorra Labs has raised $18 million in a "
           "round led by Halvorsen Capital, with Tamsin Ventures also taking part."),
])
def test_one_takeover_told_from_both_sides_is_one_deal(
    lang: str, text: str, en: Language, es: Language
) -> None:
    assert len(_deals(en if lang == "en" else es, text)) == 1


def test_a_sale_and_a_later_buy_back_stay_two(en: Language) -> None:
    deals = _deals(en, "Selwyn Partners sold Ardent Tools to Mercer Industrial in 2018 for "
                       "$40 million. In 2024 Selwyn Partners bought Ardent Tools back from "
                       "Mercer Industrial for $95 million.")
    assert len(deals) == 2


# -- a sold company told again by its noun alone ---------------------------------------


@pytest.mark.parametrize("lang, text", [
    ("en", "We sold Brightmoor Bakeries because bread no longer fit our plans, said the chief "
           "executive of Tolland Foods. Tolland Foods sold the business to Crisp Holdings for "
           "£12 million in March."),
    ("es", "Vendimos Panaderías Soler porque ya no encajaba con nuestra estrategia, dijo el "
           "consejero delegado de Grupo Tolosa. Grupo Tolosa vendió el negocio a Crujiente "
           "Capital por 12 millones de euros en marzo."),
])
def test_the_business_sold_is_the_company_the_seller_sold(
    lang: str, text: str, en: Language, es: Language
) -> None:
    d = _one(en if lang == "en" else es, text)
    assert d.type == "Acquisition"
    assert {role for role, _ in d.roles} == {"target", "seller", "acquirer"}
    assert "merge:described-target" in d.rules


@pytest.mark.parametrize("lang, text", [
    ("en", "Tolland Foods sold Brightmoor Bakeries last year. This week Tolland Foods sold its "
           "dairy business to Crisp Holdings for £12 million."),
    ("es", "Grupo Tolosa vendió Panaderías Soler el año pasado. Esta semana Grupo Tolosa ha "
           "vendido su división láctea a Crujiente Capital por 12 millones de euros."),
])
def test_another_part_described_stays_its_own_sale(
    lang: str, text: str, en: Language, es: Language
) -> None:
    deals = _deals(en if lang == "en" else es, text)
    assert len(deals) == 2


def test_the_chain_sold_is_the_retailer_told_before(en: Language) -> None:
    # "chain" stands for a company already named (lexicon company_nouns)
    d = _one(en, "We sold Brightmoor Bakeries because bread no longer fit our plans, said the "
                 "chief executive of Tolland Foods. Tolland Foods sold the chain to Crisp "
                 "Holdings for £12 million in March.")
    assert _roles(d) == {("target", "Brightmoor Bakeries"), ("seller", "Tolland Foods"),
                         ("acquirer", "Crisp")}


def test_la_cadena_before_a_name_describes_that_name(es: Language) -> None:
    d = _one(es, "El fondo Marlowe Equity ultima la compra de Sonrisa Plus. El fondo Marlowe "
                 "Equity está ultimando la compra de la cadena de clínicas dentales Sonrisa "
                 "Plus por unos 90 millones de euros.")
    assert _roles(d) == {("target", "Sonrisa Plus"), ("acquirer", "Marlowe Equity")}


# -- a co-investor told in a clause on the round's lead ----------------------------------


@pytest.mark.parametrize("lang, text", [
    ("es", "Tidewell ha cerrado una ronda de 40 millones de euros liderada por Quillon "
           "Ventures, en la que también ha invertido Mardle Capital."),
    ("en", "Tidewell closed a $40 million round led by Quillon Ventures, in which Mardle "
           "Capital also invested."),
])
def test_co_investor_in_a_clause_on_the_lead_joins_the_round(
    lang: str, text: str, en: Language, es: Language
) -> None:
    d = _one(en if lang == "en" else es, text)
    assert _roles(d) == {("investee", "Tidewell"), ("investor", "Quillon Ventures"),
                         ("investor", "Mardle Capital")}


def test_investor_in_the_lead_fund_described_stays_its_own(es: Language) -> None:
    deals = _deals(es, "Tidewell ha cerrado una ronda de 40 millones de euros liderada por "
                       "Quillon Ventures, fondo en el que invirtió Mardle Capital en 2019.")
    assert ("investee", "Quillon Ventures") in set().union(*(_roles(d) for d in deals))


# -- a backer's share of the round --------------------------------------------------------


@pytest.mark.parametrize("lang, text", [
    ("en", "Quorra Labs has raised $40 million from Halvorsen Capital and Tamsin Ventures. "
           "Halvorsen Capital invested $30 million of the total."),
    ("es", "La biotecnológica Genómica Arlanza ha levantado 10 millones de euros en una ronda "
           "liderada por Fondo Albor, con la participación de Caixa Semilla. Fondo Albor ha "
           "invertido 6 millones del total."),
])
def test_a_share_of_the_total_is_no_round_of_its_own(
    lang: str, text: str, en: Language, es: Language
) -> None:
    d = _one(en if lang == "en" else es, text)
    assert d.amount is not None and d.amount.value in (40_000_000, 10_000_000)


@pytest.mark.parametrize("lang, text", [
    ("en", "Quorra Labs raised $40 million in a round led by Halvorsen Capital. Halvorsen "
           "Capital, which also invested $5 million in Quorra Labs in 2021, said it was "
           "doubling down."),
    ("es", "La biotecnológica Genómica Arlanza ha levantado 10 millones de euros en una ronda "
           "liderada por Fondo Albor. Fondo Albor ya invirtió 2 millones de euros en Genómica "
           "Arlanza en 2021."),
])
def test_an_earlier_investment_of_the_lead_stays_its_own(
    lang: str, text: str, en: Language, es: Language
) -> None:
    assert len(_deals(en if lang == "en" else es, text)) == 2


def test_a_total_raised_is_the_rounds_price(es: Language) -> None:
    d = _one(es, "La biotecnológica Genómica Arlanza ha levantado un total de 10 millones de "
                 "euros de Fondo Albor.")
    assert d.amount is not None and d.amount.value == 10_000_000
