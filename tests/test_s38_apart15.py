"""Session 38, helper apart15 (issue #13): Spanish deals whose parties are never named
in one sentence.

- "X nació en 1990. En 2024 la compró el grupo Y": an object pronoun before
  a verb whose subject follows it takes up the subject of the sentence before
  (``kg.deals.roles.clitic_object``), also when the parser makes the pronoun the verb's
  object, as it is (``_the_clitic``). With the subject left unsaid ("En 2024 la vendió
  a Y"), or a phrase before the verb the pronoun doubles ("Esa fábrica ... la vende
  Y"), the pronoun is someone else.
- "los dueños rechazaron una propuesta de Y": a proposal the company's owners answer is
  a bid for their company, as an offer is (``kg.deals.frames._bid_for_company``,
  ``parties:owners-answer``); a proposal that says the act it proposes ("una propuesta
  ... para renovar el envase") is none.
- "Y ofreció 25 millones por la totalidad de la compañía", "por el cien por cien del
  capital de la compañía": a sum offered for all or a part of a description of a
  company bids for the company the description stands for
  (``kg.deals.frames._priced_descriptions``, ``parties:described-bid-target``); "el
  cien por cien" is all of it, as "el 100 %" is (``hundred_words`` in
  ``lexicon/deals.toml``). All of a debt is no company. A sum offered "por la
  compañía" alone is left alone (measured: as many wrong pairs as bids on the
  held-out halves).
- "La conservera, adquirida en 2020 por Y, ...", "La empresa, participada en un 30 %
  por Y, ...": a participle set off by a comma after a company's description tells of
  the company the description stands for, as it does of a name
  (``kg.deals.roles.described_description``, ``parties:described-description``);
  without the comma it says which company is meant and tells nothing of one told.
- "X seguirá creciendo. Así lo prueba el acuerdo que firmó con Y": a Spanish
  relative clause of signing on an agreement, its subject left unsaid, was signed by
  the company the sentence before is about (``kg.deals.frames._unsaid_signer``,
  ``parties:signed-in-relative``); an impersonal "se firmó" names no signer.
- "la quesería" after "Quesos X": "-ería" makes the business of a trade from its
  product, so the description means the company whose name's first word is that
  product (``kg.deals.namesake._TRADE_ENDINGS``).
"""

from __future__ import annotations

from spacy.language import Language

from kg.facts import Deal


def _deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def _roles(deal: Deal) -> set[tuple[str, str]]:
    return {(role, ref.name) for role, ref in deal.roles}


def _all_roles(nlp: Language, text: str) -> list[set[tuple[str, str]]]:
    return [_roles(d) for d in _deals(nlp, text)]


# -- an object pronoun before the verb, its subject after it ---------------------------

_BORN = "Conservas Ría Dorada nació en 1990 como un negocio familiar. "


def test_pronoun_object_of_a_verb_with_its_subject_after_it(es: Language) -> None:
    found = _all_roles(es, _BORN + "En 2024 la compró el grupo gallego Mariscos Norteños "
                       "por 20 millones de euros.")
    assert {("target", "Conservas Ría Dorada"), ("acquirer", "Mariscos Norteños")} in found


def test_pronoun_object_of_a_verb_with_its_subject_unsaid(es: Language) -> None:
    found = _all_roles(es, _BORN + "En 2024 la vendió a Mariscos Norteños.")
    assert not any(("target", "Conservas Ría Dorada") in roles for roles in found)


def test_pronoun_doubling_a_phrase_before_the_verb(es: Language) -> None:
    found = _all_roles(es, "La harinera Pastas Ordesa S.A. abrirá una planta en Huesca. Esa "
                       "fábrica, cerrada desde marzo, la vende ahora el fondo Lomond Capital.")
    assert not any(("target", "Pastas Ordesa") in roles for roles in found)


# -- a proposal its owners answer --------------------------------------------------------

_OWNERS = "Conservas Ribadeo pasará a manos de sus directivos. "


def test_proposal_the_family_rejected_is_a_bid(es: Language) -> None:
    deals = [d for d in _deals(es, _OWNERS + "Hace tres años los dueños rechazaron una "
                               "propuesta del grupo Pesca Adriatica, interesado en producir en "
                               "España.")
             if d.type == "Acquisition"]
    assert [_roles(d) for d in deals] == [
        {("acquirer", "Pesca Adriatica"), ("target", "Conservas Ribadeo")}]
    assert deals[0].status == "Cancelled"


def test_proposal_of_an_act_is_no_bid(es: Language) -> None:
    found = _all_roles(es, _OWNERS + "Hace tres años los dueños rechazaron una propuesta del "
                       "grupo Pesca Adriatica para renovar el envase.")
    assert not any(("acquirer", "Pesca Adriatica") in roles for roles in found)


# -- a sum offered for a description -----------------------------------------------------

_BOUGHT = "La gestora Olmedo Capital ha comprado el 60% de Conservas Ribadeo. "


def test_sum_offered_for_all_of_the_company(es: Language) -> None:
    found = _all_roles(es, _BOUGHT + "En 2022, Grupo Pesquero Miño ofreció 25 millones de "
                       "euros por la totalidad de la compañía.")
    assert {("acquirer", "Grupo Pesquero Miño"), ("target", "Conservas Ribadeo")} in found


def test_sum_offered_for_a_hundred_per_hundred_of_the_company(es: Language) -> None:
    found = _all_roles(es, _BOUGHT + "En 2022, Grupo Pesquero Miño ofreció 25 millones de "
                       "dólares por el cien por cien del capital de la compañía, sin éxito.")
    assert {("acquirer", "Grupo Pesquero Miño"), ("target", "Conservas Ribadeo")} in found


def test_sum_offered_for_the_company_alone_is_left_alone(es: Language) -> None:
    found = _all_roles(es, _BOUGHT + "En 2022, Grupo Pesquero Miño ofreció 25 millones de "
                       "euros por la compañía.")
    assert not any(("acquirer", "Grupo Pesquero Miño") in roles for roles in found)


def test_sum_offered_for_all_of_a_debt(es: Language) -> None:
    found = _all_roles(es, _BOUGHT + "En 2022, Grupo Pesquero Miño ofreció 25 millones de "
                       "euros por la totalidad de los bonos que había emitido.")
    assert not any(("acquirer", "Grupo Pesquero Miño") in roles for roles in found)


# -- a participle set off after a description --------------------------------------------


def test_participle_after_a_descriptor_tells_of_its_company(es: Language) -> None:
    found = _all_roles(es, "La conservera Atunes del Sella vende 5 millones al año. La "
                       "conservera, adquirida en 2020 por Pescados Moncayo, abrirá otra planta.")
    assert {("target", "Atunes del Sella"), ("acquirer", "Pescados Moncayo")} in found


def test_holding_participle_after_a_generic_noun(es: Language) -> None:
    found = _all_roles(es, "El Ayuntamiento de Tarazona adjudicó el contrato de limpieza a "
                       "la empresa Servicios Queiles, S.L., por 2 millones de euros. La "
                       "empresa, participada en un 30% por Grupo Moncayo Norte, empezará en "
                       "enero.")
    assert {("investee", "Servicios Queiles"), ("investor", "Grupo Moncayo Norte")} in found


def test_holding_participle_without_a_part_after_a_description(es: Language) -> None:
    found = _all_roles(es, "Aguas del Jalón ha cerrado la compra de Riegos Huerva. La "
                       "empresa, participada por el Ayuntamiento de Calatayud, gestiona el "
                       "agua de la comarca.")
    assert not any(("investor", "Ayuntamiento de Calatayud") in roles for roles in found)


def test_restrictive_participle_tells_of_no_company_told(es: Language) -> None:
    found = _all_roles(es, "La conservera Atunes del Sella vende 5 millones al año. La "
                       "conservera adquirida en 2020 por Pescados Moncayo abrirá otra planta.")
    assert not any(("target", "Atunes del Sella") in roles for roles in found)


# -- "-ería": the business of a trade ----------------------------------------------------


def test_shop_noun_of_a_product_means_the_company_named_after_it(es: Language) -> None:
    found = _all_roles(es, "La quesería Quesos del Jiloca vende 5 millones al año. La "
                       "quesería, adquirida en 2020 por Lácteos Moncayo, abrirá otra planta.")
    assert {("target", "Quesos del Jiloca"), ("acquirer", "Lácteos Moncayo")} in found


def test_shop_noun_of_another_product_means_nobody(es: Language) -> None:
    found = _all_roles(es, "La quesería Quesos del Jiloca vende 5 millones al año. La "
                       "panadería, adquirida en 2020 por Lácteos Moncayo, abrirá otra planta.")
    assert not any(("target", "Quesos del Jiloca") in roles for roles in found)


# -- an agreement signed in a relative clause with its subject unsaid --------------------

_GROWING = "Energías Bardenas seguirá creciendo. "


def test_agreement_signed_by_the_unsaid_subject_of_a_relative(es: Language) -> None:
    found = _all_roles(es, _GROWING + "Así lo prueba el acuerdo de venta de electricidad que "
                       "firmó el mes pasado con Cloruros del Ega.")
    assert {("buyer", "Cloruros del Ega"), ("seller", "Energías Bardenas")} in found


def test_agreement_signed_impersonally_in_a_relative(es: Language) -> None:
    found = _all_roles(es, _GROWING + "El contrato que se firmó en octubre con Cloruros del "
                       "Ega fue un acierto.")
    assert not any(("seller", "Energías Bardenas") in roles for roles in found)
