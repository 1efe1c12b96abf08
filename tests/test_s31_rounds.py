"""Session 31, helper rounds (issue #13): funding rounds told the ways startup news
tells them (inventory tests/data/constructions/rounds).

- "a round led by X, joined by Y": the agent of "joined" is an investor too
  (``kg.deals.roles.lead_investors``); "The funding came from X and Y", "El dinero
  procede de X" after a round names its investors (``kg.deals.component._money_sources``).
- A round led by another names the company raising it with "de": "la ronda de 20
  millones de Y, liderada por X" (``kg.deals.roles._led_round``).
- English hangs a round on "in", not on the verb of joining it: "X participated in the
  $9 million round of Y" names X an investor and Y the company raising, as "X led the
  round of Y" does (``kg.deals.roles._joins_round``).
- A fronted participle of backing describes its clause's subject: "Backed by X, Y raised
  $20 million" makes X an investor in Y (``kg.deals.possession.fronted_backer``).
- A round that is the subject of a verb of spending ("the Series A will fund hiring",
  "la ronda financiará ...") is money raised; the future tells its use, not its stage
  (``kg.deals.status._money_used``, deals.toml ``money_use_verbs``).
- Spanish puts the subject of "participar" after the verb, where the parser reads an
  object: "Y cerró una ronda. En ella han participado X y W" adds X and W to the round
  (``kg.deals.component._joined_investors``).
- The kind of a sum raised carries its source: "consiguió 2 millones de dólares de
  inversión de X" (``kg.deals.roles._source_of_money_kind``).
- An investment noun that is the means of a verb of support: "X apuesta por Y con una
  inversión de 3 millones", "X supported Y with an investment of $5 million"
  (``kg.deals.possession.supported_with_investment``, deals.toml ``support_verbs``).
- A convertible loan or note is a round from its lender ("recibió un préstamo
  convertible de 1,5 millones de X"), a plain loan none; an extension is a round only
  with a round in its clause ("added $10m to its Series A in an extension led by X"),
  not "an extension of its contract" (``kg.deals.frames._round_noun``).
- "X se incorpora al capital / al accionariado de Y" enters a capital as "entrar" does
  (deals.toml ``enter_verbs``; "sumarse al capital" was tried and dropped: it cost a
  closed half a deal's amount), the capital's owner hung on the verb still its own ("al
  capital de la valenciana Y"; ``kg.deals.roles._capital_owner_on_verb``);
  "Salud" closes a company's name as Portuguese "Saúde" does (entities.toml
  ``org_tails``).
- "Y amplía su serie A con N aportados por X": "ampliar" raises a round (only with a
  round as object) and who contributes the money invests (deals.toml ``raise_v``,
  ``lead_verbs``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language


def _investments(nlp: Language, text: str) -> list[tuple[str, ...]]:
    return [
        tuple(sorted(f"{role}={ref.name}" for role, ref in d.roles))
        for d in nlp(text)._.kg_deals if d.type == "Investment"
    ]


def _statuses(nlp: Language, text: str) -> list[str]:
    return [d.status for d in nlp(text)._.kg_deals if d.type == "Investment"]


# -- each rule on a sentence it reads -------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "parties"),
    [
        # a round joined through "in"
        ("en", "Kestrel Bay Capital and Rowan Ventures participated in the $6 million round "
               "of Lunara Health.",
         ("investee=Lunara Health", "investor=Kestrel Bay Capital", "investor=Rowan Ventures")),
        # a fronted participle of backing
        ("en", "Backed by Halcombe Ventures, Ferrow Robotics raised $12 million last week.",
         ("investee=Ferrow Robotics", "investor=Halcombe Ventures")),
        # the subject of "participar" put after the verb
        ("es", "Mielera Foods ha cerrado una ronda de 500.000 euros. En ella han participado "
               "el business angel Inés Garmendia y Tejo Capital.",
         ("investee=Mielera Foods", "investor=Inés Garmendia", "investor=Tejo Capital")),
        # the kind of the sum raised carries its source
        ("es", "La agtech peruana Quinua Labs consiguió 2 millones de dólares de inversión de "
               "Inca Ventures y de un grupo de inversionistas ángeles.",
         ("investee=Quinua Labs", "investor=Inca Ventures")),
        # an investment noun as the means of a verb of support
        ("es", "El fondo Cierzo Capital apuesta por la startup Trigona Mobility con una "
               "inversión de 2 millones de euros.",
         ("investee=Trigona Mobility", "investor=Cierzo Capital")),
        ("en", "Wexford Capital supported Orla Robotics with an investment of $4 million.",
         ("investee=Orla Robotics", "investor=Wexford Capital")),
        # a convertible loan, an extension of a round
        ("es", "Nubeta Analytics ha recibido un préstamo convertible de 800.000 euros de "
               "Acebo Ventures.",
         ("investee=Nubeta Analytics", "investor=Acebo Ventures")),
        ("en", "Kelpie Robotics secured a $3 million convertible loan from Bracken Ventures.",
         ("investee=Kelpie Robotics", "investor=Bracken Ventures")),
        ("en", "Tarn Energy added $8 million to its Series A in an extension led by Ardlow "
               "Capital.",
         ("investee=Tarn Energy", "investor=Ardlow Capital")),
        # "joined by", and the money's source told after the round
        ("en", "Quarry AI raised £2 million in a round led by Skye Ventures, joined by Loch "
               "Capital.",
         ("investee=Quarry AI", "investor=Loch Capital", "investor=Skye Ventures")),
        ("en", "Brindle Health has closed a $5 million seed round. The funding came from "
               "Sedge Ventures and Harrier Capital.",
         ("investee=Brindle Health", "investor=Harrier Capital", "investor=Sedge Ventures")),
        ("es", "Brisa Mobility ha cerrado una ronda de 3 millones de euros. El dinero procede "
               "de Océano Capital y Vértice Ventures.",
         ("investee=Brisa Mobility", "investor=Océano Capital", "investor=Vértice Ventures")),
        # the "de" name of a round led by another is the company raising it
        ("es", "La ronda de 20 millones de euros de Brisa Mobility, liderada por Océano "
               "Capital, financiará su expansión.",
         ("investee=Brisa Mobility", "investor=Océano Capital")),
        # joining a capital, its owner hung on the verb
        ("es", "Roble Inversiones se ha incorporado al capital de Trevia Software.",
         ("investee=Trevia Software", "investor=Roble Inversiones")),
        ("es", "El fondo Cobre Capital se ha incorporado al capital de la valenciana Nerja "
               "Salud con una aportación de 1 millón de euros.",
         ("investee=Nerja Salud", "investor=Cobre Capital")),
        # a round enlarged with money contributed by an investor
        ("es", "Tarrasa Labs amplía su ronda semilla con 1 millón de euros aportados por Olmo "
               "Ventures.",
         ("investee=Tarrasa Labs", "investor=Olmo Ventures")),
    ],
)
def test_a_round_told_the_ways_startup_news_tells_it(
        es: Language, en: Language, lang: str, text: str, parties: tuple[str, ...]) -> None:
    assert parties in _investments(es if lang == "es" else en, text)


def test_a_round_that_will_fund_its_use_is_raised(en: Language) -> None:
    assert _statuses(en, "Corvale Software's $15 million Series A, led by Sandmoor Capital, "
                         "will fund hiring in Leeds.") == ["Completed"]


def test_a_health_company_named_with_salud_is_an_organisation(es: Language) -> None:
    doc = es("Cardiaq Salud amplía su plantilla en Valencia.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Cardiaq Salud", "ORG"), ("Valencia", "LOC")]


# -- near misses -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a plain loan lends: no round
        ("es", "Nubeta Analytics ha recibido un préstamo de 800.000 euros de Banco Acebo."),
        ("en", "Kelpie Robotics secured a $3 million loan from Bracken Bank."),
        # an extension of a contract is no round
        ("en", "Tarn Energy won a two-year extension of its contract with Ardlow Capital."),
        # a verb of support with no investment, staff taken on, a sum of loans
        ("es", "Cierzo Capital apoya a Trigona Mobility con su experiencia."),
        ("es", "Roble Inversiones incorpora a 300 empleados de Trevia Software."),
        # enlarging a network, not a round
        ("es", "Tarrasa Labs amplía su red de tiendas con 3 millones de euros aportados por "
               "Olmo Ventures."),
        ("es", "La agtech peruana Quinua Labs consiguió 2 millones de dólares de préstamo de "
               "Banco Inca y de un grupo de bancos."),
        # joined after the round, but in another event
        ("es", "Mielera Foods ha cerrado una ronda de 500.000 euros. En la feria han "
               "participado Tejo Capital y Brezo Ventures."),
        # an idea that came from someone, a chief executive joined by a partner
        ("en", "Brindle Health has closed a $5 million seed round. The idea came from Sedge "
               "Ventures."),
        ("en", "Quarry AI raised £2 million. Its chief executive, joined by Loch Capital's "
               "partner, rang the bell."),
        # "participated in" talks, not a round
        ("en", "Kestrel Bay Capital participated in the talks of Lunara Health."),
    ],
)
def test_a_loan_a_contract_support_or_talks_make_no_investment(
        es: Language, en: Language, lang: str, text: str) -> None:
    assert _investments(es if lang == "es" else en, text) == []


def test_the_de_name_of_a_round_not_led_by_another_is_its_investor(es: Language) -> None:
    assert _investments(es, "La ronda de 5 millones de euros de Océano Capital en Brisa "
                            "Mobility se cerró ayer.") == [
        ("investee=Brisa Mobility", "investor=Océano Capital")
    ]


def test_a_deal_that_will_fund_is_still_to_come_when_not_a_round(en: Language) -> None:
    assert _statuses(en, "Sandmoor Capital will invest $15 million in Corvale Software.") == [
        "Announced"
    ]
