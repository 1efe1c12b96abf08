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

from tests.test_s29_award import contracts as _contracts

# -- each rule on a sentence it reads -------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "buyer", "seller"),
    [
        # a public tender won
        ("es", "Hidrotécnica Almenara ganó la licitación del Consorcio de Aguas de Belmonte "
               "para renovar dos depósitos.", "Consorcio de Aguas de Belmonte",
         "Hidrotécnica Almenara"),
        ("es", "Paisajismo Robledal ganó el concurso de la Diputación de Orbea para cuidar "
               "sus parques.", "Diputación de Orbea", "Paisajismo Robledal"),
        ("es", "La licitación del Ayuntamiento de Castrobuey, ganada por Constructora Tierra "
               "Alta, prevé 20 kilómetros de aceras.", "Ayuntamiento de Castrobuey",
         "Constructora Tierra Alta"),
        ("en", "Halcombe Civil won a £9 million tender from Ravensworth County Council to "
               "rebuild three bridges.", "Ravensworth County Council", "Halcombe Civil"),
        # the owner of a contract awarded in the passive with "ser"
        ("es", "El contrato de recogida de basuras de la Mancomunidad del Alto Cierzo fue "
               "adjudicado a Servicios Brezal.", "Mancomunidad del Alto Cierzo",
         "Servicios Brezal"),
        # otorgar, and a company named for its trade ("Pavimentos")
        ("es", "La Municipalidad de Puerto Quelén otorgó a Pavimentos del Sur el contrato de "
               "repavimentación por 2.000 millones de pesos chilenos.",
         "Municipalidad de Puerto Quelén", "Pavimentos del Sur"),
    ],
)
def test_a_public_contract_won_or_awarded_buys_the_works_from_the_winner(
        es: Language, en: Language, lang: str, text: str, buyer: str, seller: str) -> None:
    nlp = es if lang == "es" else en
    assert {"buyer": buyer, "seller": seller} in _contracts(nlp, text)


# -- near misses -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Obras Mazarrón solicitó el concurso de acreedores ante el juzgado."),
        ("es", "La licitación del Ayuntamiento de Castrobuey, presentada por Constructora "
               "Tierra Alta, prevé 20 kilómetros de aceras."),
        ("es", "El Ayuntamiento de Castrobuey sacó a licitación el contrato de limpieza."),
        ("en", "Ravensworth County Council launched a tender for three bridges, and "
               "Halcombe Civil is expected to bid."),
        ("es", "El contrato de la empresa fue renovado a Grupo Tarsis."),
        ("es", "La Diputación de Cuenca Alta otorgó a Aceros Vilches un préstamo de 2 "
               "millones."),
    ],
)
def test_a_tender_not_won_a_contract_renewed_or_a_loan_granted_is_no_contract(
        es: Language, en: Language, lang: str, text: str) -> None:
    assert _contracts(es if lang == "es" else en, text) == []


def test_a_tender_awarded_to_a_company_is_still_an_award(es: Language) -> None:
    text = ("El Instituto de Vivienda de Peñacorva adjudicó la licitación de 200 viviendas a "
            "Constructora Valdemanco.")
    assert {"buyer": "Instituto de Vivienda de Peñacorva",
            "seller": "Constructora Valdemanco"} in _contracts(es, text)
