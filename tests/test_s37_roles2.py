"""Session 37, helper roles2 (issue #13): the right investors and investee of a deal.

- "Y acordó comprar X. Venden los fundadores y el fondo Z, que había entrado en el
  accionariado hace años": a holder told entering a capital of no company named, within two
  sentences of a takeover, entered the capital of the company taken over, not of the
  buyer the story names most (``kg.deals.roles._sold_just_before``,
  ``parties:capital-of-company-sold``). With no takeover told, it is still the capital
  of the company the article is about.
- "captó 4 millones en una serie A que lideró X y después 30 en su serie B, liderada por
  Y y con la participación de Z": with two rounds told in one sentence, a lead or a
  participation belongs to the round noun it hangs on, never to the other round
  (``kg.deals.roles._of_another_round``, ``parties:lead-of-own-round``). One round told
  alone keeps its lead and its participants; a later round told with its money and
  lead only is raised by the company the first is (``merge:round-of-same-raiser``).
- "Y's backers include A and B": the backers an "include" lists are the company's group
  of backers, one deal with both (``kg.deals.merge._split_investors``,
  ``parties:holders-include``); holders listed with no company held stay apart.
- "Y compró X, controlada por A y participada por B": a preposition pairs a gapped
  stretch with the verb's own complement only when the name after it there is a party
  of the deal; owners told in a participle phrase on the object are none, so B is no
  second purchase (``kg.deals.gapped.gapped_deals``). "sold A to X and B to Y" stays
  two sales.
- "a contract with X, a consortium of A and B": a group noun in apposition to a name
  describes that company, the party; its members are not parties of X's deal
  (``kg.deals.context._unnamed_group``). An unnamed "consortium of A and B" is still
  its members.
"""

from __future__ import annotations

from spacy.language import Language

from kg.facts import Deal


def _deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def _roles(deal: Deal) -> set[tuple[str, str]]:
    return {(role, ref.name) for role, ref in deal.roles}


def _investments(deals: list[Deal]) -> list[set[tuple[str, str]]]:
    return [_roles(d) for d in deals if d.type == "Investment"]


# -- a capital entered just after a takeover ------------------------------------------


def test_capital_entered_after_a_takeover_is_the_targets(es: Language) -> None:
    deals = _deals(es, "Veloxa Pagos abrirá una oficina en Lima. La fintech Veloxa Pagos "
                   "anunció que acordó comprar el 100% de Remesas Tulum por 40 millones de "
                   "dólares. Los vendedores son los fundadores y el fondo local Cenote "
                   "Ventures, que había entrado en el capital en 2018.")
    assert {("investor", "Cenote Ventures"), ("investee", "Remesas Tulum")} in _investments(deals)
    assert not any(("investee", "Veloxa Pagos") in r for r in _investments(deals))


def test_capital_entered_with_no_takeover_is_the_topics(es: Language) -> None:
    deals = _deals(es, "Veloxa Pagos abrirá una oficina en Lima. Veloxa Pagos firmó una "
                   "alianza con Remesas Tulum. El fondo Cenote Ventures, que había entrado en el "
                   "capital en 2018, apoya el plan.")
    assert {("investor", "Cenote Ventures"), ("investee", "Veloxa Pagos")} in _investments(deals)


# -- two rounds in one sentence -------------------------------------------------------


def test_each_round_keeps_its_own_lead(es: Language) -> None:
    deals = _deals(es, "En 2021 Aritz Robotics levantó 4 millones de euros en una serie A "
                   "liderada por Bidasoa Capital y en 2023 otros 30 millones de euros en su "
                   "serie B encabezada por la firma Kanpai Partners, con la participación "
                   "de Orbea Ventures.")
    assert sorted(_investments(deals), key=sorted) == sorted(
        [{("investee", "Aritz Robotics"), ("investor", "Bidasoa Capital")},
         {("investee", "Aritz Robotics"), ("investor", "Kanpai Partners"),
          ("investor", "Orbea Ventures")}], key=sorted)


def test_one_round_keeps_its_lead_and_participants(es: Language) -> None:
    deals = _deals(es, "En 2023 Aritz Robotics levantó 30 millones de euros en su serie B "
                   "encabezada por la firma Kanpai Partners, con la participación de Orbea "
                   "Ventures.")
    assert _investments(deals) == [{("investee", "Aritz Robotics"),
                                    ("investor", "Kanpai Partners"),
                                    ("investor", "Orbea Ventures")}]


# -- "backers include A and B" ---------------------------------------------------------


def test_backers_included_are_one_deal(en: Language) -> None:
    deals = _deals(en, "Quillmark's backers include Boston venture firm Ardent Peak and "
                   "retired tennis player Hugo Brandt.")
    assert _investments(deals) == [{("investee", "Quillmark"), ("investor", "Ardent Peak"),
                                    ("investor", "Hugo Brandt")}]


def test_shareholders_told_by_a_copula_stay_one_stake_each(es: Language) -> None:
    deals = _deals(es, "Los accionistas de Quillmark son Ardent Peak y Brisa Capital.")
    assert sorted(_investments(deals), key=sorted) == sorted(
        [{("investee", "Quillmark"), ("investor", "Ardent Peak")},
         {("investee", "Quillmark"), ("investor", "Brisa Capital")}], key=sorted)


def test_the_second_round_is_raised_by_the_same_company(en: Language) -> None:
    deals = _deals(en, "Tidewell raised $4 million in a seed round led by Quillon Partners in "
                   "2021 and $40 million in a Series B funding round led by Teide Ventures "
                   "in 2024.")
    assert sorted(_investments(deals), key=sorted) == sorted(
        [{("investee", "Tidewell"), ("investor", "Quillon Partners")},
         {("investee", "Tidewell"), ("investor", "Teide Ventures")}], key=sorted)


def test_a_series_round_led_with_participation_is_one_round(en: Language) -> None:
    deals = _deals(en, "Tidewell raised $40 million in a Series B funding round led by "
                   "Quillon Partners, with participation from Teide Ventures.")
    assert _investments(deals) == [{("investee", "Tidewell"), ("investor", "Quillon Partners"),
                                    ("investor", "Teide Ventures")}]


# -- owners in a participle phrase are no gapped purchase --------------------------------


def test_owners_of_the_company_bought_are_no_second_purchase(es: Language) -> None:
    deals = _deals(es, "Kvarnholm Foods ha comprado la quesera Quesos Lorca, controlada por "
                   "Tarvia Capital y participada por Grupo Serrat, por 30 millones de euros.")
    assert [_roles(d) for d in deals] == [{("acquirer", "Kvarnholm Foods"),
                                           ("target", "Quesos Lorca")}]


def test_gapped_sales_to_two_buyers_stay_two(en: Language) -> None:
    deals = _deals(en, "Norbury sold Calloway Dairy to Wexford Farms and Oakmere Cheese to "
                   "Brindle Foods.")
    assert sorted((_roles(d) for d in deals), key=sorted) == sorted([
        {("seller", "Norbury"), ("target", "Calloway Dairy"), ("acquirer", "Wexford Farms")},
        {("seller", "Norbury"), ("target", "Oakmere Cheese"), ("acquirer", "Brindle Foods")},
    ], key=sorted)


# -- a named consortium and its members ----------------------------------------


def test_members_of_a_named_consortium_are_no_parties(en: Language) -> None:
    deals = _deals(en, "In March, the Harlow Water Board signed a 20-year water purchase "
                   "agreement with Tidemark Desalination Ltd, a consortium of Brisa Utilities "
                   "and the local firm Kestrel Engineering.")
    assert [_roles(d) for d in deals if d.type != "Partnership"] == [
        {("buyer", "Harlow Water Board"), ("seller", "Tidemark Desalination")}]
    # (the members are partners to one another: kg.deals.consortium, session 44)
    assert [_roles(d) for d in deals if d.type == "Partnership"] == [
        {("partner", "Brisa Utilities"), ("partner", "Kestrel Engineering")}]


def test_an_unnamed_consortium_is_its_members(en: Language) -> None:
    deals = _deals(en, "A consortium of Brisa Utilities and Kestrel Engineering bought "
                   "Crane Hill Power for $90 million.")
    assert [_roles(d) for d in deals] == [{("target", "Crane Hill Power"),
                                           ("acquirer", "Brisa Utilities"),
                                           ("acquirer", "Kestrel Engineering")}]

