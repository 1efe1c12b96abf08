"""Session 37, helper unread8 (issue #13): deal wordings kg did not read though both
parties share the sentence (sentences written for these tests, names invented).

- An idiom of joining forces is a partnership: "X has joined forces with Y", "X and Y
  joined hands", "X ha unido fuerzas con Y", "X suma fuerzas con Y" (lexicon
  ``forces_joined``, ``kg.deals.frames.forces_joined``, frame:forces-joined); the
  verbs alone are none ("X joined the board of Y", "unir las redes de Y", "sumó 5
  millones de clientes").
- "firmó / cerró / anunció un acuerdo de compra de Y": the small Spanish parser hangs
  "de Y" on the agreement noun that the bare deal noun qualifies; it is what the deal
  noun buys or sells (``kg.deals.context._bare_deal_noun_object``,
  parties:bare-deal-noun). A deal noun with its own "de" ("acuerdo de venta de Y a
  Z") or a name not right after it is read as before ("el acuerdo de compra de X con
  Y" stays no deal).
- "X is excited to partner with Y": the English parser reads the infinitive after an
  adjective as "to" and a noun; a bare trigger verb there, with its own preposition,
  is the verb (``kg.deals.linear._infinitive_after_adjective``,
  frame:infinitive-after-adjective); "open to a partnership with Y" stays a noun.
- "X will provide guards for Y under a three-year contract", "X construirá dos buques
  para Y bajo un contrato": work or supply done "for" / "para" a company under a
  contract is bought by that company from the subject who does it
  (``kg.deals.frames._work_under_contract``, parties:work-under-contract); not work
  for the doer's own unit.
- "Y was valued at $900 million in a funding round last year led by X": with a date
  between them the English parser hangs the participle of leading on the verb; it is
  the round's (``kg.deals.roles._lead_after_date``, parties:lead-after-date); a clause
  of its own ("and X led its seed round") is not.
"""

from __future__ import annotations

from spacy.language import Language
from test_s32_unread import _deals, _roles

# -- an idiom of joining forces --------------------------------------------------------


def test_joined_forces_with(en: Language) -> None:
    deals = _deals(en, "Tarrow Brewing has joined forces with Pellin Maltings to open "
                       "a distillery in Fife.")
    assert [(d.type, _roles(d)) for d in deals] == [
        ("Partnership", {("partner", "Tarrow Brewing"), ("partner", "Pellin Maltings")})
    ]


def test_pair_joined_hands(en: Language) -> None:
    deals = _deals(en, "Tarrow Brewing and Pellin Maltings have joined hands for "
                       "a craft whisky range.")
    assert [(d.type, _roles(d)) for d in deals] == [
        ("Partnership", {("partner", "Tarrow Brewing"), ("partner", "Pellin Maltings")})
    ]


def test_joined_board_is_no_partnership(en: Language) -> None:
    assert _deals(en, "Tarrow Brewing joined the board of Pellin Maltings.") == []


def test_unido_fuerzas_con(es: Language) -> None:
    deals = _deals(es, "Grupo Orbe ha unido fuerzas con Talleres Nalón para fabricar "
                       "baterías en Avilés.")
    assert [(d.type, _roles(d)) for d in deals] == [
        ("Partnership", {("partner", "Grupo Orbe"), ("partner", "Talleres Nalón")})
    ]


def test_suma_fuerzas_con(es: Language) -> None:
    deals = _deals(es, "Grupo Orbe suma fuerzas con Talleres Nalón.")
    assert [(d.type, _roles(d)) for d in deals] == [
        ("Partnership", {("partner", "Grupo Orbe"), ("partner", "Talleres Nalón")})
    ]


def test_unir_redes_or_sumar_clientes_is_none(es: Language) -> None:
    assert _deals(es, "Grupo Orbe quiere unir las redes de Talleres Nalón.") == []
    assert _deals(es, "Grupo Orbe sumó 5 millones de clientes con Talleres Nalón.") == []


# -- a bare deal noun under an agreement noun (Spanish) --------------------------------


def test_acuerdo_de_compra_de(es: Language) -> None:
    deals = _deals(es, "Grupo Orbe cerró un acuerdo de compra de Viñedos Almaraz por "
                       "95 millones de euros.")
    assert [(d.type, d.status, _roles(d)) for d in deals] == [
        ("Acquisition", "Completed",
         {("acquirer", "Grupo Orbe"), ("target", "Viñedos Almaraz")})
    ]


def test_acuerdo_de_compra_de_announced(es: Language) -> None:
    deals = _deals(es, "Grupo Orbe anunció un acuerdo de compra de Viñedos Almaraz.")
    assert [(d.type, _roles(d)) for d in deals] == [
        ("Acquisition", {("acquirer", "Grupo Orbe"), ("target", "Viñedos Almaraz")})
    ]


def test_acuerdo_de_compra_with_counterpart_is_left_alone(es: Language) -> None:
    assert _deals(es, "El acuerdo de compra de Grupo Orbe con Talleres Nalón incluye "
                      "una cláusula de salida.") == []


# -- an infinitive after an adjective read as a noun (English) ------------------------


def test_excited_to_partner_with(en: Language) -> None:
    deals = _deals(en, "Tarrow Brewing is excited to partner with Pellin Maltings on a "
                       "barley programme.")
    assert [(d.type, _roles(d)) for d in deals] == [
        ("Partnership", {("partner", "Tarrow Brewing"), ("partner", "Pellin Maltings")})
    ]


def test_open_to_a_partnership_stays_a_noun(en: Language) -> None:
    # (a noun with its determiner: read by the noun frame, as before)
    deals = _deals(en, "Tarrow Brewing is open to a partnership with Pellin Maltings.")
    assert all("frame:partner_v(partner)" not in d.rules for d in deals)


# -- work done for a company under a contract -----------------------------------------


def test_work_for_company_under_contract(en: Language) -> None:
    deals = _deals(en, "Brenmoor Services will provide security staff for Westmere "
                       "Retail Parks under a five-year contract.")
    assert [(d.type, _roles(d)) for d in deals] == [
        ("PurchaseAgreement",
         {("buyer", "Westmere Retail Parks"), ("seller", "Brenmoor Services")})
    ]


def test_obra_para_empresa_bajo_contrato(es: Language) -> None:
    deals = _deals(es, "Astilleros Brenmoor construirá dos buques para Naviera Westmere "
                       "bajo un contrato de 40 millones de euros.")
    assert [(d.type, _roles(d)) for d in deals] == [
        ("PurchaseAgreement",
         {("buyer", "Naviera Westmere"), ("seller", "Astilleros Brenmoor")})
    ]


def test_work_for_own_unit_under_contract_is_none(en: Language) -> None:
    assert _deals(en, "Brenmoor Shipyards will build two ferries for its unit Westmere "
                      "Shipping under a $40 million contract.") == []


# -- a round's leader after a date ----------------------------------------------------


def test_round_led_after_date(en: Language) -> None:
    deals = _deals(en, "Pendra Labs was valued at $900 million in a funding round last "
                       "year led by Harrowby Ventures.")
    assert [(d.type, _roles(d)) for d in deals] == [
        ("Investment", {("investor", "Harrowby Ventures"), ("investee", "Pendra Labs")})
    ]


def test_round_and_another_clause_of_leading_is_left_alone(en: Language) -> None:
    assert _deals(en, "Pendra Labs was valued at $900 million in a funding round last "
                      "year, and Harrowby Ventures led its seed round.") == []
