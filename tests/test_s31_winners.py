"""Session 31, helper winners (issue #13): public contracts and awards told by their
winner (inventory tests/data/constructions/winners).

- A pronominal verb of prevailing wins the contest or contract it governs as "ganar"
  does: "Y se impuso en el concurso de X", "Y se alzó con la licitación de X", "Y se
  quedó con el contrato de X", "Y se llevó la concesión de X" (lexicon/deals.toml
  prevail_verbs, ``kg.deals.award.prevailed_in``); a concession and an award are won
  as a tender is ("Y obtuvo la adjudicación de las obras de X"), and so is Peru's
  "buena pro"; a concession of a loan or a grant is none (granted_not_bought). The
  agent of another participle than winning on the tender called it, and buys
  ("la adjudicación de la carretera, licitada por X"; ``kg.deals.award.tender_sides``).
- The owner of a contract won or awarded is found however deep in its "de" chain the
  parser hangs it: "Y ganó el contrato de limpieza de colegios del Ayuntamiento X"
  (``kg.deals.award.owner_chain``, ``kg.deals.frames._won_contract_owner``).
- The winner told by a role noun: "Y resultó ganadora del concurso de X", "Y fue la
  ganadora del concurso convocado por X", "Y, ganadora de la licitación de X, …", "la
  adjudicataria del contrato de X es Y", "X confirmed Y as the successful bidder for
  its contract", "Y was named preferred bidder by X" (InNegotiation) (kg.deals.winner).
  "The contract has been handed to Y by X": "hand" awards as "award" does
  (awarding_verbs). ("X declaró ganador del concurso a Y" was tried and made a false
  deal on a closed half: dropped.)
- A contest for a prize is no tender ("ganó el concurso de startups de X"), and a
  company shortlisted for a contract has not won it (contract_bidding_words).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_s29_award import contracts as _contracts


def _statuses(nlp: Language, text: str) -> list[str]:
    return [d.status for d in nlp(text)._.kg_deals if d.type == "PurchaseAgreement"]


# -- each rule on a sentence it reads -------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "buyer", "seller"),
    [
        # a pronominal verb of prevailing
        ("es", "Tras dos meses de evaluación, Dragados Oria se impuso a otras cinco empresas "
               "en el concurso de la Autoridad Portuaria de Villagarcía Alta.",
         "Autoridad Portuaria de Villagarcía Alta", "Dragados Oria"),
        ("es", "Construcciones Ormaza se alzó con la licitación del Ministerio de Vivienda para "
               "levantar 300 pisos.", "Ministerio de Vivienda", "Construcciones Ormaza"),
        ("es", "Hormigones Peñalver reformará el mercado tras imponerse en la licitación de la "
               "Diputación de Tordesalas, con una oferta de 4 millones de euros.",
         "Diputación de Tordesalas", "Hormigones Peñalver"),
        ("es", "Autocares Garabal se quedó con el contrato de transporte escolar del Consorcio "
               "de Transportes de Bardenas.", "Consorcio de Transportes de Bardenas",
         "Autocares Garabal"),
        # a won contract's owner deep in its "de" chain; an award won; "buena pro"
        ("es", "Limpiezas Tormenal ganó el contrato de limpieza de oficinas del Ayuntamiento "
               "de Lerín.", "Ayuntamiento de Lerín", "Limpiezas Tormenal"),
        ("es", "Depuraciones Arganza logró la adjudicación de las obras del colector de la "
               "Mancomunidad del Alto Jalón.", "Mancomunidad del Alto Jalón",
         "Depuraciones Arganza"),
        ("es", "Constructora Chinchaycocha obtuvo la buena pro del Gobierno Regional de Ancash "
               "Norte para construir un puente.", "Gobierno Regional de Ancash Norte",
         "Constructora Chinchaycocha"),
        # the winner named by a role noun
        ("es", "Pinturas Viales Urbión resultó ganadora del concurso de la Diputación "
               "Provincial de Soria Alta para pintar carriles bici.",
         "Diputación Provincial de Soria Alta", "Pinturas Viales Urbión"),
        ("es", "Riegos Cuenca Alta fue la ganadora del concurso convocado por la Confederación "
               "Hidrográfica del Tiétar.", "Confederación Hidrográfica del Tiétar",
         "Riegos Cuenca Alta"),
        ("es", "Electricidad Marbella Norte, ganadora de la licitación del Hospital "
               "Universitario de Loja Vieja, renovará la red.",
         "Hospital Universitario de Loja Vieja", "Electricidad Marbella Norte"),
        ("es", "Según el acta, la adjudicataria del contrato de jardinería de la Junta de "
               "Orbaneja es Jardines Almazán.", "Junta de Orbaneja", "Jardines Almazán"),
        # the tender's caller named by a participle's agent
        ("es", "Pavimentos Tardajos obtuvo la adjudicación del puente de Rivas, licitada por "
               "la Diputación de Cuenca Baja.", "Diputación de Cuenca Baja",
         "Pavimentos Tardajos"),
        ("es", "Hormigones Tardajos ganó el concurso de la nueva biblioteca, convocado por el "
               "Ayuntamiento de Ubeda Alta.", "Ayuntamiento de Ubeda Alta", "Hormigones Tardajos"),
        # "hand" awards as "award" does
        ("en", "The contract for the new Tillbury library has been handed to Brampton Build by "
               "Tillbury Borough Council.", "Tillbury Borough Council", "Brampton Build"),
        ("en", "Dunford Borough Council confirmed Kestle Cleaning as the successful bidder for "
               "its £2m school cleaning contract.", "Dunford Borough Council", "Kestle Cleaning"),
        ("en", "Hollybank Builders was named preferred bidder by Tarrow District Council for a "
               "new swimming pool.", "Tarrow District Council", "Hollybank Builders"),
    ],
)
def test_a_contract_won_or_its_winner_named_buys_the_works_from_the_winner(
        es: Language, en: Language, lang: str, text: str, buyer: str, seller: str) -> None:
    nlp = es if lang == "es" else en
    assert {"buyer": buyer, "seller": seller} in _contracts(nlp, text)


def test_a_preferred_bidder_is_still_in_talks(en: Language) -> None:
    text = ("Hollybank Builders was named preferred bidder by Tarrow District Council for a "
            "new swimming pool.")
    assert _statuses(en, text) == ["InNegotiation"]


def test_a_winner_in_apposition_has_won_whatever_the_tense_of_its_clause(
        es: Language) -> None:
    text = ("Electricidad Marbella Norte, ganadora de la licitación del Hospital "
            "Universitario de Loja Vieja, renovará la red.")
    assert _statuses(es, text) == ["Completed"]


# -- near misses -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Autocares Garabal se quedó sin el contrato de transporte escolar del Consorcio "
               "de Transportes de Bardenas."),
        ("es", "Banco Tormes obtuvo la concesión de un crédito de Caja Rural de Ebro."),
        ("es", "Sensores Arbizu ganó el concurso de startups del Ayuntamiento de Tolosaldea."),
        ("es", "Sensores Arbizu, ganadora del concurso de ideas del Ayuntamiento de "
               "Tolosaldea, abrirá una oficina."),
        ("es", "El Ayuntamiento de Lerín impuso una multa a Limpiezas Tormenal."),
        ("es", "El Ayuntamiento de Lerín declaró ganadora del concurso de fotografía a "
               "Estudios Arbizu."),
        ("en", "Greyfield Holdings handed control of Brampton Build to its founder."),
        ("en", "Hadley Civil is one of four firms shortlisted for Corran County Council's £9m "
               "bridge contract."),
        ("en", "Kelso Capital emerged as the winning bidder for Brindle Foods, the snack "
               "maker owned by its founders."),
    ],
)
def test_a_contract_lost_a_loan_a_prize_a_fine_or_a_shortlist_is_no_contract_won(
        es: Language, en: Language, lang: str, text: str) -> None:
    assert _contracts(es if lang == "es" else en, text) == []
