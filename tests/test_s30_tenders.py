"""Session 30, helper tenders (issue #13): public contracts and tenders told in the
wordings of procurement news (inventory tests/data/constructions/tenders).

- A public tender states a deal only as won: "Y ganó la licitación del Ayuntamiento de
  X", "Y ganó el concurso de X", "Y won a tender from X", or with a participle of winning
  and its agent, "la licitación de X, ganada por Y"; the winner sells the works, the
  body whose tender it is buys them (lexicon/deals.toml ``tender_n``,
  ``kg.deals.award.tender_won``). Not a tender launched, nor "el concurso de acreedores"
  (an insolvency). "X adjudicó la licitación de ... a Y" is still an award.
- In the passive with "ser" as in the se-passive, the owner of the contract awarded is
  its awarder, however deep in the contract's "de" phrases: "El contrato de recolección
  de residuos de la Municipalidad X fue adjudicado a Y" (``kg.deals.frames._owner_chain``).
- "otorgar" awards as "adjudicar" does: "X otorgó a Y el contrato de ..."
  (deals.toml ``awarding_verbs``).
- "Pavimentos", "Asfaltos", "Señalizaciones" open company names as the other trades of
  public works do (entities.toml ``org_heads``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language


def _contracts(nlp: Language, text: str) -> list[dict[str, str]]:
    return [
        {r: x.name for r, x in d.roles} for d in nlp(text)._.kg_deals
        if d.type == "PurchaseAgreement"
    ]


# -- a public tender won ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        ("Hidrotécnica Almenara ganó la licitación del Consorcio de Aguas de Belmonte para "
         "renovar dos depósitos.", "Consorcio de Aguas de Belmonte", "Hidrotécnica Almenara"),
        ("Paisajismo Robledal ganó el concurso de la Diputación de Orbea para cuidar sus "
         "parques.", "Diputación de Orbea", "Paisajismo Robledal"),
        ("La licitación del Ayuntamiento de Castrobuey, ganada por Constructora Tierra "
         "Alta, prevé 20 kilómetros de aceras.", "Ayuntamiento de Castrobuey",
         "Constructora Tierra Alta"),
    ],
)
def test_a_spanish_tender_won_buys_the_works_from_the_winner(
        es: Language, text: str, buyer: str, seller: str) -> None:
    assert {"buyer": buyer, "seller": seller} in _contracts(es, text)


def test_an_english_tender_won_buys_the_works_from_the_winner(en: Language) -> None:
    text = ("Halcombe Civil won a £9 million tender from Ravensworth County Council to "
            "rebuild three bridges.")
    assert {"buyer": "Ravensworth County Council", "seller": "Halcombe Civil"} in _contracts(
        en, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Obras Mazarrón solicitó el concurso de acreedores ante el juzgado."),
        ("es", "La licitación del Ayuntamiento de Castrobuey, presentada por Constructora "
               "Tierra Alta, prevé 20 kilómetros de aceras."),
        ("es", "El Ayuntamiento de Castrobuey sacó a licitación el contrato de limpieza."),
        ("en", "Ravensworth County Council launched a tender for three bridges, and "
               "Halcombe Civil is expected to bid."),
    ],
)
def test_a_tender_not_won_is_no_contract(es: Language, en: Language, lang: str,
                                         text: str) -> None:
    assert _contracts(es if lang == "es" else en, text) == []


def test_a_tender_awarded_to_a_company_is_still_an_award(es: Language) -> None:
    text = ("El Instituto de Vivienda de Peñacorva adjudicó la licitación de 200 viviendas a "
            "Constructora Valdemanco.")
    assert {"buyer": "Instituto de Vivienda de Peñacorva",
            "seller": "Constructora Valdemanco"} in _contracts(es, text)


# -- the owner of a contract awarded in the passive ------------------------------------


def test_the_owner_of_a_contract_awarded_in_the_passive_awards_it(es: Language) -> None:
    text = ("El contrato de recogida de basuras de la Mancomunidad del Alto Cierzo fue "
            "adjudicado a Servicios Brezal.")
    assert {"buyer": "Mancomunidad del Alto Cierzo", "seller": "Servicios Brezal"} in _contracts(
        es, text)


def test_a_contract_renewed_in_the_passive_is_no_award(es: Language) -> None:
    assert _contracts(es, "El contrato de la empresa fue renovado a Grupo Tarsis.") == []


# -- otorgar ---------------------------------------------------------------------------


def test_a_contract_granted_is_awarded(es: Language) -> None:
    text = ("La Municipalidad de Puerto Quelén otorgó a Pavimentos del Sur el contrato de "
            "repavimentación por 2.000 millones de pesos chilenos.")
    assert {"buyer": "Municipalidad de Puerto Quelén",
            "seller": "Pavimentos del Sur"} in _contracts(es, text)


def test_a_loan_granted_is_no_contract(es: Language) -> None:
    text = "La Diputación de Cuenca Alta otorgó a Aceros Vilches un préstamo de 2 millones."
    assert _contracts(es, text) == []
