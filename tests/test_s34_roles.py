"""Session 34, helper roles (issue #13): a party named in another sentence, by its role
in a deal told before.

- "Envases Turia firmó un contrato de suministro con la nueva propietaria", "Oakfield
  Foods signed a supply contract with the new owner", after a takeover told: an owner
  called new, with nothing named as owned, is the buyer of the deal just told, in an
  argument of a deal word as in its subject (``kg.deals.refer.role_anaphor``,
  ``kg.deals.refer.unanchored_new_owner``); "the new owner of Y" names what it owns.
- A company noun with a modifier of a role ("la empresa compradora", "the acquiring
  company", "the selling shareholder") names the party with that role, as "the buyer"
  does (``kg.deals.refer._role_of_noun``); "an acquiring company" (indefinite) names
  none.
- "The hotel will be run by Y under an operating agreement signed with the new
  owner": the participle's "with" partner may be a role noun, and an agreement in a
  phrase on a passive verb binds the verb's agent, not its subject, the thing run
  (``kg.deals.roles._passive_agents``); an active verb keeps its subject.
- A role noun ("the buyer", "the new owner") after two deals that gave the role to
  different parties names neither of them, and no other company either
  (``kg.deals.refer.role_left_open``).
- "Seguimos negociando con Y un contrato", where the model leaves "seguimos"
  unlemmatised: the unsaid "nosotros" of a verb of going on is the text's own voice
  (``kg.deals.first_person._continued``); "Seguimos pensando que un contrato con Y
  sería útil" weighs a deal, makes none.
- "La junta de Y aprobó un aumento de capital que suscribirá por entero X": the
  subject of a relative clause of subscribing on a capital increase ("aumento de
  capital", now a capital noun as "ampliación" is) invests in it
  (``kg.deals.roles.relative_subscriber``); a bare organ ("la Junta Extraordinaria")
  approves the capital increase of the company the text is about
  (``kg.deals.roles._organ_raises``); "un aumento de capital que financiará la planta
  de X" and "el aumento de la producción" tell no investment of X.
- A letter signed a blank line below its closing formula ("Warm regards, / / Mary
  Owens / General Manager, Y") is signed all the same (``kg.deals.frame``); "the new
  agreement we signed last spring with Z" is then Y's agreement with Z
  (``kg.deals.frames._we_signed``), and so is "el acuerdo que firmamos con Z" (a
  Spanish relative clause the parser calls "acl", ``kg.deals.first_person``); "the
  agreement they signed with Z", "el acuerdo que firmaron con Z" are not.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import article_doc
from kg.facts import Article, Deal


def _deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def _roles(deal: Deal) -> set[tuple[str, str]]:
    return {(role, ref.name) for role, ref in deal.roles}


def _with(nlp: Language, text: str, name: str) -> list[Deal]:
    return [d for d in _deals(nlp, text) if any(ref.name == name for _, ref in d.roles)]


# -- "the new owner" in an argument of a deal word ---------------------------------------

_HARLOW = (
    "Harlow Marine Holdings completed its purchase of the Pentreath Bay Hotel from "
    "Kellan Leisure in June. The hotel has 80 rooms. "
)
_RIBELDO = (
    "Grupo Ribeldo compró Conservas Alboraya en 2024 por 20 millones de euros. "
    "La fábrica tiene 200 empleados. "
)


def test_contract_with_the_new_owner_en(en: Language) -> None:
    text = _HARLOW + "Oakfield Foods signed a supply contract with the new owner."
    [d] = _with(en, text, "Oakfield Foods")
    assert ("buyer", "Harlow Marine") in _roles(d) or ("seller", "Harlow Marine") in _roles(d)


def test_contract_with_el_nuevo_dueno_es(es: Language) -> None:
    text = (
        "La familia Ortuño vendió Conservas Alboraya a Grupo Ribeldo en 2024. "
        "La fábrica tiene 200 empleados. "
        "Envases Turia firmó en marzo un contrato de suministro con el nuevo dueño."
    )
    [d] = _with(es, text, "Envases Turia")
    assert ("buyer", "Grupo Ribeldo") in _roles(d)


def test_alliance_with_the_new_owner_en(en: Language) -> None:
    text = _HARLOW + (
        "Oakfield Hotel Services signed a twelve-year operating agreement with the new owner."
    )
    [d] = _with(en, text, "Oakfield Hotel Services")
    assert "Harlow Marine" in {ref.name for _, ref in d.roles}


def test_new_owner_too_far_back_is_no_party(es: Language) -> None:
    # (four sentences after the sale, the new owner is no longer the deal just told)
    text = (
        "Grupo Ribeldo compró Conservas Alboraya en 2024. La fábrica tiene 200 empleados. "
        "Exporta a Francia. Vende también en Portugal. Tiene tres naves. "
        "Envases Turia firmó en marzo un contrato de suministro con la nueva propietaria."
    )
    assert not _with(es, text, "Envases Turia")


@pytest.mark.parametrize("party", ["la nueva propietaria", "la empresa compradora"])
def test_contract_with_the_buyer_named_by_role_es(es: Language, party: str) -> None:
    text = _RIBELDO + f"Envases Turia firmó en marzo un contrato de suministro con {party}."
    [d] = _with(es, text, "Envases Turia")
    assert _roles(d) == {("buyer", "Grupo Ribeldo"), ("seller", "Envases Turia")}


def test_the_acquiring_company_en(en: Language) -> None:
    text = _HARLOW + "Oakfield Foods signed a supply contract with the acquiring company."
    [d] = _with(en, text, "Oakfield Foods")
    assert "Harlow Marine" in {ref.name for _, ref in d.roles}
    assert "Pentreath Bay Hotel" not in {ref.name for _, ref in d.roles}


def test_an_acquiring_company_names_no_buyer(en: Language) -> None:
    text = _HARLOW + "Oakfield Foods signed a supply contract with an acquiring company."
    assert not any("Harlow Marine" in {ref.name for _, ref in d.roles}
                   for d in _with(en, text, "Oakfield Foods"))


@pytest.mark.parametrize(("text", "passive"), [
    # the role noun after the sale, the passive verb's agent signing
    (_HARLOW + "From March the hotel will be run by Oakfield Hotel Services under a "
     "twelve-year operating agreement signed with the new owner.", True),
    ("The Pentreath Bay Hotel will be run by Oakfield Hotel Services under a twelve-year "
     "operating agreement signed with Harlow Marine Holdings.", True),
    # (near miss: an active verb keeps its subject)
    ("Oakfield Hotel Services will run the Pentreath Bay Hotel under a twelve-year "
     "operating agreement signed with Harlow Marine Holdings.", False),
])
def test_the_operator_signs_the_management_agreement(
    en: Language, text: str, passive: bool
) -> None:
    [d] = _with(en, text, "Oakfield Hotel Services")
    assert {ref.name for _, ref in d.roles} == {"Oakfield Hotel Services", "Harlow Marine"}
    assert ("parties:passive-agent" in d.rules) == passive


# -- a role two deals gave to different parties -----------------------------------------

_TWO_SALES = (
    "Harlow Marine Holdings completed its purchase of the Pentreath Bay Hotel from "
    "Kellan Leisure in June. Kellan Leisure sold the Trevose Inn to Morwenna Hotels Ltd "
    "last year. "
)


def test_new_owner_after_two_buyers_names_neither(en: Language) -> None:
    text = _TWO_SALES + "Oakfield Foods signed a supply contract with the new owner."
    assert not _with(en, text, "Oakfield Foods")


def test_the_buyer_after_two_buyers_names_neither(en: Language) -> None:
    text = _TWO_SALES + "The buyer signed a supply contract with Oakfield Foods."
    assert not _with(en, text, "Oakfield Foods")


def test_the_buyer_after_one_buyer_still_named(en: Language) -> None:
    text = _HARLOW + "The buyer signed a supply contract with Oakfield Foods."
    [d] = _with(en, text, "Oakfield Foods")
    assert "Harlow Marine" in {ref.name for _, ref in d.roles}


# -- "Seguimos negociando con Y": the unsaid "we" of a verb of going on --------------------

_LETTER = (
    "Estimados accionistas: Bodegas Valdelosa cerró 2025 con ventas récord. Firmamos con "
    "Vinos del Cierzo Distribución una alianza para distribuir nuestros vinos en Portugal. "
)


def test_seguimos_negociando_is_our_voice(es: Language) -> None:
    text = _LETTER + (
        "Seguimos negociando con Vidriería Castellana del Duero un contrato de suministro "
        "de botellas."
    )
    [d] = _with(es, text, "Vidriería Castellana del Duero")
    assert _roles(d) == {
        ("buyer", "Bodegas Valdelosa"), ("seller", "Vidriería Castellana del Duero")
    }


def test_seguimos_pensando_makes_no_deal(es: Language) -> None:
    text = _LETTER + (
        "Seguimos pensando que un contrato de suministro con Vidriería Castellana del "
        "Duero sería útil."
    )
    assert not _with(es, text, "Vidriería Castellana del Duero")


# -- a letter its manager signs, and "the agreement we signed with Y" --------------------

_GUEST_LETTER = (
    "Dear friends of Kestrel River Hotels,\n\nThe lodge reopens in May after the rains. {}\n\n"
    "Warm regards from the river,\n\nMary Owens\nGeneral Manager, Kestrel River Hotels\n"
)


def _page(nlp: Language, body: str, publisher: str) -> list[Deal]:
    article = Article(id="roles-test", text=_GUEST_LETTER.format(body), lang=nlp.lang,
                      publisher=publisher)
    return list(nlp(article_doc(nlp, article))._.kg_deals)


def test_agreement_we_signed_is_the_signers(en: Language) -> None:
    deals = _page(en, "Guests will fly in under the new agreement we signed last spring "
                      "with Osprey Air.", "Volta Travel News")
    assert any({ref.name for _, ref in d.roles} == {"Kestrel River Hotels", "Osprey Air"}
               for d in deals)


def test_agreement_they_signed_is_not_ours(en: Language) -> None:
    deals = _page(en, "Guests will fly in under the new agreement they signed last spring "
                      "with Osprey Air.", "Volta Travel News")
    assert not any("Kestrel River Hotels" in {ref.name for _, ref in d.roles} for d in deals)


_CARTA = (
    "Estimados clientes:\n\nHoteles Kestrel reabre en mayo. {}\n\n"
    "Atentamente,\n\nMarta Lozano\nDirectora general\n"
)


def _carta(es: Language, body: str) -> list[Deal]:
    article = Article(id="roles-test", text=_CARTA.format(body), lang="es",
                      publisher="Hoteles Kestrel (Ribadesella)")
    return list(es(article_doc(es, article))._.kg_deals)


def test_acuerdo_que_firmamos_is_ours(es: Language) -> None:
    deals = _carta(es, "Los traslados seguirán con el nuevo acuerdo que firmamos en julio "
                       "con Aerolíneas Osprey.")
    assert any({ref.name for _, ref in d.roles} == {"Hoteles Kestrel", "Aerolíneas Osprey"}
               for d in deals)


def test_acuerdo_que_firmaron_is_not_ours(es: Language) -> None:
    deals = _carta(es, "Los traslados seguirán con el nuevo acuerdo que firmaron en julio "
                       "con Aerolíneas Osprey.")
    assert not any("Hoteles Kestrel" in {ref.name for _, ref in d.roles} for d in deals)


# -- "un aumento de capital que suscribirá X" ---------------------------------------------


@pytest.mark.parametrize("text", [
    "La junta de Bodegas Valdelosa aprobó un aumento de capital que suscribirá "
    "por entero la Corporación Leonesa de Inversiones.",
    # a bare organ: the capital of the company the text is about
    "Bodegas Valdelosa cerró 2025 con ventas récord. La junta aprobó un aumento de "
    "capital que suscribirá por entero la Corporación Leonesa de Inversiones.",
])
def test_capital_increase_subscribed_in_relative(es: Language, text: str) -> None:
    [d] = _with(es, text, "Corporación Leonesa de Inversiones")
    assert _roles(d) == {("investor", "Corporación Leonesa de Inversiones"),
                         ("investee", "Bodegas Valdelosa")}


def test_capital_increase_that_finances_is_no_investment(es: Language) -> None:
    text = ("La junta de Bodegas Valdelosa aprobó un aumento de capital que financiará la "
            "nueva planta de Corporación Leonesa de Inversiones.")
    assert not [d for d in _with(es, text, "Corporación Leonesa de Inversiones")
                if d.type == "Investment"]
