"""Session 46, helper apart46 (issue #13): deals whose parties are never named in one
sentence, a noun for the company a contract went to standing for one of them
(sentences written for these tests, names invented).

- ``refer:awardee-anaphor`` (kg.deals.refer.awardee_anaphor): a definite singular noun
  for the company a contract was awarded to or that supplies under it ("la
  adjudicataria", "la contratista", "the contractor"; deals.toml ``awardee_nouns``),
  with no name or complement of its own, is the seller of the supply or award
  agreement told in the three sentences before: a part of it held or bought, a
  participle set off after it ("La adjudicataria, adquirida por Y"), its own deals.
  Not one anchored by a "de"/"of" phrase ("el concesionario de la marca"), nor one
  with no supply deal told before (a takeover told is no award).
- ``refer:bound-pronoun`` (kg.deals.refer.bound_to_name): "X said it now owns 7 per
  cent of the explorer", "X filed a notice disclosing that it holds ...": a subject
  "it" bound by a company named as the subject of the verb above is a named holder,
  so the part of a bare trade description is of the story's company
  (``parties:part-of-described-topic``), as with "X owns 7 per cent of the explorer".
  Not under a person ("X's chief executive said it ..."), nor a main clause's "It".
- ``refer:non-restrictive-relative`` (kg.deals.discourse.non_restrictive): a relative
  clause set off by a comma ("a stake in the brewery, which ...", "el 20 % de la
  conservera, que ...") leaves the noun the bare description of a company told
  before; a restrictive one ("the brewery that Y opened") picks out another.
- ``parties:part-of-capital-topic`` (kg.deals.frames ``_capital_alone``): a part of
  "el capital", "el capital social", "the share capital" with no owner of its own,
  held by a named company, is a part of the company the story is about
  (``kg.deals.tacit.described_topic``); not with its owner named ("del capital de
  Y"), a holder that is a person, or a story about the holder itself.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

pytestmark = pytest.mark.model


def _deals(nlp: Language, text: str) -> list[tuple[str, set[tuple[str, str]]]]:
    """Each deal kg reads in ``text``: its type and its (role, name) pairs."""
    doc = nlp(text)
    return [(d.type, {(role, ref.name) for role, ref in d.roles}) for d in doc._.kg_deals or ()]


# -- the awardee told by its role noun -----------------------------------------------------

def test_la_adjudicataria_adquirida_es_la_empresa_que_gano_el_contrato(es: Language) -> None:
    text = ("El Ayuntamiento de Teruel adjudicó el contrato de limpieza, por seis años, a "
            "la empresa Servicios Norvale, S.L., por 2,7 millones de euros. La adjudicataria, "
            "adquirida en 2021 por Grupo Alcesa, contratará a 40 personas.")
    deals = _deals(es, text)
    assert ("Acquisition", {("acquirer", "Grupo Alcesa"), ("target", "Servicios Norvale")}) \
        in deals
    assert ("PurchaseAgreement", {("buyer", "Ayuntamiento de Teruel"),
                                  ("seller", "Servicios Norvale")}) in deals


def test_una_parte_de_la_contratista_es_del_proveedor(es: Language) -> None:
    text = ("Ferrocarriles Norvale comprará 200 vagones a Talleres Alcesa por 90 millones. "
            "Brisk Capital tomó en 2022 el 40% de la contratista.")
    assert ("Investment", {("investor", "Brisk Capital"), ("investee", "Talleres Alcesa")}) \
        in _deals(es, text)


# -- its negatives -------------------------------------------------------------------------

def test_sin_contrato_contado_la_adjudicataria_no_es_nadie(es: Language) -> None:
    """A takeover told before is no award: the noun stands for no company of it."""
    text = ("Grupo Alcesa compró Limpiezas Norvale en mayo por 12 millones. La adjudicataria, "
            "adquirida en 2021 por Brisk Capital, contratará a 40 personas.")
    deals = _deals(es, text)
    assert not any(("acquirer", "Brisk Capital") in roles for _, roles in deals)


def test_un_concurso_abierto_no_tiene_adjudicataria(es: Language) -> None:
    text = ("El Ayuntamiento de Teruel abrió en marzo el concurso de limpieza. La "
            "adjudicataria, adquirida en 2021 por Grupo Alcesa, contratará a 40 personas.")
    assert _deals(es, text) == []


def test_el_concesionario_de_una_marca_es_otra_empresa(es: Language) -> None:
    text = ("El Ayuntamiento de Teruel adjudicó el contrato de limpieza a Servicios Norvale. "
            "El concesionario de Toyota en la ciudad, participado por Grupo Alcesa, abrirá "
            "en enero.")
    deals = _deals(es, text)
    assert not any(("investor", "Grupo Alcesa") in roles for _, roles in deals)


# -- a pronoun bound by a named subject holds a part of the explorer -------------------------

COPPER = ("Copper hopeful Norvale Metals will sell its Leonora tenements to Brisk Gold for "
          "A$12 million. Norvale shares rose 5 per cent. ")


def test_a_holder_said_to_own_a_part_of_the_explorer(en: Language) -> None:
    text = COPPER + "On Monday, Tillworth Capital said it now owns 7.2 per cent of the explorer."
    assert ("Investment", {("investor", "Tillworth Capital"), ("investee", "Norvale Metals")}) \
        in _deals(en, text)


def test_a_holder_disclosing_in_a_notice_that_it_owns_a_part(en: Language) -> None:
    text = COPPER + ("On Monday, fund manager Tillworth Capital filed a notice disclosing that "
                     "it now owns 7.2 per cent of the explorer.")
    assert ("Investment", {("investor", "Tillworth Capital"), ("investee", "Norvale Metals")}) \
        in _deals(en, text)


def test_a_pronoun_under_an_officer_names_no_holder(en: Language) -> None:
    text = COPPER + ("On Monday, Tillworth Capital's chief executive said it now owns 7.2 per "
                     "cent of the explorer.")
    assert not any(d == "Investment" for d, _ in _deals(en, text))


def test_a_main_clause_it_names_no_holder(en: Language) -> None:
    text = COPPER + ("Tillworth Capital manages $2 billion. It now owns 7.2 per cent of the "
                     "explorer.")
    assert not any(d == "Investment" for d, _ in _deals(en, text))


def test_a_story_about_the_holder_has_no_explorer_told(en: Language) -> None:
    text = ("Tillworth Capital manages $2 billion for pension funds. Tillworth Capital said "
            "it now owns 7.2 per cent of the explorer.")
    assert _deals(en, text) == []


# -- a relative clause set off by a comma ---------------------------------------------------

BREWERY = ("Orvane Brewing has agreed to buy barley from Brisk Farms for three years, the "
           "brewery said on Tuesday. ")


def test_a_stake_in_the_brewery_which_is_still_the_brewery_told(en: Language) -> None:
    text = BREWERY + ("Two bankers say Tillworth Holdings is studying a 20% stake in the "
                      "brewery, which posted a loss in March.")
    assert ("Investment", {("investor", "Tillworth"), ("investee", "Orvane Brewing")}) \
        in _deals(en, text)


def test_a_relative_clause_before_a_line_break_still_closes_the_sentence(en: Language) -> None:
    text = BREWERY + ("Two bankers say Tillworth Holdings is studying a 20% stake in the "
                      "brewery, which posted a loss in March.\nShares fell 3 per cent.")
    assert ("Investment", {("investor", "Tillworth"), ("investee", "Orvane Brewing")}) \
        in _deals(en, text)


def test_a_relative_clause_the_sentence_goes_on_after_is_left_alone(en: Language) -> None:
    """Where the clause ends is not plain: the noun is no bare description."""
    text = BREWERY + ("Two bankers say Tillworth Holdings is studying a 20% stake in the "
                      "brewery, which posted a loss in March, and may bid in May.")
    assert not any(("investee", "Orvane Brewing") in roles and ("investor", "Tillworth") in roles
                   for _, roles in _deals(en, text))


def test_a_brewery_that_another_opened_is_another_one(en: Language) -> None:
    text = BREWERY + ("Two bankers say Tillworth Holdings is studying a 20% stake in the "
                      "brewery that Quickbay opened in Hull.")
    assert not any(d == "Investment" for d, _ in _deals(en, text))


def test_el_20_de_la_conservera_que_facturo_es_de_la_conservera_contada(es: Language) -> None:
    text = ("Conservas Norvale enlata atún en Vigo. El grupo Alcesa ha comprado el 20% de la "
            "conservera, que facturó 40 millones el año pasado.")
    assert ("Investment", {("investor", "Alcesa"), ("investee", "Conservas Norvale")}) \
        in _deals(es, text)


def test_la_conservera_que_tiene_otra_familia_es_otra(es: Language) -> None:
    text = ("Conservas Norvale enlata atún en Vigo. El grupo Alcesa ha comprado el 20% de la "
            "conservera que tiene en Marín la familia Brisk.")
    assert _deals(es, text) == []


# -- a part of the capital, whose owner is left unsaid -----------------------------------------

BODEGAS = "Bodegas Norvale elabora vinos en Cafayate y exporta a 30 países. "


def test_el_25_del_capital_es_de_la_empresa_de_la_historia(es: Language) -> None:
    text = BODEGAS + "El fondo Brisk Capital posee el 25% del capital desde 2019."
    assert ("Investment", {("investor", "Brisk Capital"), ("investee", "Bodegas Norvale")}) \
        in _deals(es, text)


def test_a_part_of_the_share_capital_is_of_the_story_company(en: Language) -> None:
    text = ("Norvale Foods makes frozen pies in Leeds. Its sales rose 8% last year. Brisk "
            "Capital holds 9 per cent of the share capital.")
    assert ("Investment", {("investor", "Brisk Capital"), ("investee", "Norvale Foods")}) \
        in _deals(en, text)


def test_el_capital_de_otra_empresa_es_de_esa(es: Language) -> None:
    text = BODEGAS + "El fondo Brisk Capital posee el 25% del capital de Viñas Alcesa."
    assert _deals(es, text) == [
        ("Investment", {("investor", "Brisk Capital"), ("investee", "Viñas Alcesa")})]


def test_el_capital_de_un_presidente_no_es_un_trato(es: Language) -> None:
    text = BODEGAS + "Su presidente, Luis Ortega, posee el 25% del capital."
    assert _deals(es, text) == []


def test_el_capital_en_una_historia_del_fondo_no_es_de_nadie(es: Language) -> None:
    text = ("Brisk Capital gestiona 900 millones para fondos de pensiones. Brisk Capital "
            "posee el 25% del capital desde 2019.")
    assert _deals(es, text) == []
