"""Spanish deal frames of session 17 (issue #13): a plural that counts two ("ambas
entidades", "los dos bancos", "Ambas") means the pair just coordinated
(kg.deals.pairs); a definite description whose noun begins one company's name means it
(kg.deals.namesake); a sell or buy verb whose only object is an "a" phrase reads the
name after it as what is sold (kg.deals.roles._object_read_as_subject). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _deals(nlp: Language, text: str) -> list:
    return list(nlp(text)._.kg_deals or ())


def _parties(deal) -> set[tuple[str, str]]:
    return {(role, ref.name) for role, ref in deal.roles}


# -- "ambas entidades": the pair just coordinated ----------------------------------


@pytest.mark.parametrize("text", [
    "Las asambleas de la Cooperativa Agraria del Jalón y de la Cooperativa Vinícola de "
    "Borja aprobaron la fusión de ambas entidades.",
    "Los socios de la Cooperativa Agraria del Jalón y de la Cooperativa Vinícola de Borja "
    "votaron ayer la fusión de las dos cooperativas.",
])
def test_a_merger_of_both_entities_joins_the_pair_coordinated_before(
    es: Language, text: str
) -> None:
    (deal,) = [d for d in _deals(es, text) if d.type == "Merger"]
    assert _parties(deal) == {
        ("partner", "Cooperativa Agraria del Jalón"),
        ("partner", "Cooperativa Vinícola de Borja"),
    }


def test_the_two_banks_counted_through_a_misattached_numeral(es: Language) -> None:
    (deal,) = _deals(es, (
        "Los consejos de Banco del Tormes y de Caja Rural de Gredos aprobaron la fusión "
        "de los dos bancos."
    ))
    assert deal.type == "Merger"
    assert {ref.name for _, ref in deal.roles} == {"Banco del Tormes", "Caja Rural de Gredos"}


def test_bare_ambas_as_subject_of_their_agreement(es: Language) -> None:
    deals = _deals(es, (
        "Integran la unión temporal la gallega Grúas Tembleque S.A., que aporta el 55%, y "
        "la constructora Obras Zafra S.L., con el resto. Ambas rubricaron su acuerdo de "
        "colaboración en mayo."
    ))
    (deal,) = [d for d in deals if d.type in ("Partnership", "Agreement")]
    assert {ref.name for _, ref in deal.roles} == {"Grúas Tembleque", "Obras Zafra"}


def test_unir_ambas_entidades_is_a_merger_of_the_pair(es: Language) -> None:
    (deal,) = _deals(es, (
        "En 2001 persuadió a los consejos de Banco del Tormes y Banco Mercantil de Gredos "
        "para unir ambas entidades."
    ))
    assert deal.type == "Merger"
    assert {ref.name for _, ref in deal.roles} == {
        "Banco del Tormes", "Banco Mercantil de Gredos"
    }


@pytest.mark.parametrize("text", [
    "Banco del Tormes y Caja Rural de Gredos decidieron unir fuerzas en el mercado de "
    "tarjetas.",
    "Banco del Tormes se unirá al consorcio de Caja Rural de Gredos.",
])
def test_unir_without_the_pair_as_object_is_no_merger(es: Language, text: str) -> None:
    assert not [d for d in _deals(es, text) if d.type == "Merger"]


def test_ambas_without_a_coordinated_pair_names_nobody(es: Language) -> None:
    deals = _deals(es, (
        "Banco del Tormes publicó sus cuentas del trimestre. Ambas entidades estudian una "
        "fusión."
    ))
    assert not [d for d in deals if d.type == "Merger" and len(d.roles) == 2]


# -- "la panificadora": the one company whose name begins with the noun ------------


@pytest.mark.parametrize("text", [
    "Los fundadores de Panificadora Riojana demandaron a Grupo Alimentario Duero. Grupo "
    "Alimentario Duero tomó el control de la panificadora en 2023 por 50 millones de euros.",
    "Los fundadores de Cementera del Moncayo S.A. demandaron al Grupo Duero. El Grupo "
    "Duero compró la cementera en 2023 por 50 millones de euros.",
])
def test_a_description_by_the_first_word_of_a_name_is_that_company(
    es: Language, text: str
) -> None:
    deals = [d for d in _deals(es, text) if d.type == "Acquisition"]
    assert len(deals) == 1
    target = {ref.name for role, ref in deals[0].roles if role == "target"}
    assert target and next(iter(target)).split()[0] in ("Panificadora", "Cementera")


# -- "había vendido el Ingenio X al grupo Y": the name after the verb is sold -------


@pytest.mark.parametrize("text", [
    "Grupo Norvale cerró el año con beneficios. En 2008 había vendido la Conservera "
    "Albarracín S.A. al francés Grupo Maraval por 40 millones de euros.",
    "Grupo Norvale cerró el año con beneficios. Antes había vendido la Conservera "
    "Albarracín S.A. al grupo francés Maraval Foods S.A. por 40 millones de euros.",
])
def test_a_sale_with_an_a_phrase_object_sells_the_name_after_the_verb(
    es: Language, text: str
) -> None:
    (deal,) = _deals(es, text)
    assert deal.type == "Acquisition"
    parties = _parties(deal)
    assert ("target", "Conservera Albarracín") in parties
    assert ("seller", "Grupo Norvale") in parties


# -- "es accionista con un 12 % de Y": the company hung on the stake ---------------


@pytest.mark.parametrize("text", [
    "Caja Rural del Tiétar es accionista con un 12% de Redes Tajo S.A., la red de cajeros "
    "del sur.",
    "Según la memoria anual, Caja Rural del Tiétar es accionista con el 8 % de Redes "
    "Tajo S.A. desde 2019.",
])
def test_a_holder_with_its_stake_before_the_company_invests_in_it(
    es: Language, text: str
) -> None:
    (deal,) = _deals(es, text)
    assert deal.type == "Investment"
    assert _parties(deal) == {
        ("investor", "Caja Rural del Tiétar"), ("investee", "Redes Tajo")
    }


def test_the_stake_held_does_not_swallow_an_agreement_of_its_sentence(es: Language) -> None:
    deals = _deals(es, (
        "Caja Rural del Tiétar también es accionista con un 12% de Redes Tajo S.A. y el año "
        "pasado cerró con la aseguradora Seguros Almanzor un acuerdo de distribución."
    ))
    assert {d.type for d in deals} == {"Investment", "Partnership"}


# -- "cuyo 30 % pertenece a X": a stake told by its owner --------------------------


@pytest.mark.parametrize("text", [
    "Conservas Albaida S.A., cuyo 30% pertenece al fondo Ribera Growth Partners desde "
    "hace tres años, negó las acusaciones.",
    "El 30% de Conservas Albaida S.A. pertenece al fondo Ribera Growth Partners desde 2020.",
    "Conservas Albaida S.A. pertenece en un 30% al fondo Ribera Growth Partners.",
])
def test_a_percentage_that_belongs_to_an_owner_is_its_investment(
    es: Language, text: str
) -> None:
    (deal,) = _deals(es, text)
    assert deal.type == "Investment" and deal.status == "Completed"
    assert _parties(deal) == {
        ("investee", "Conservas Albaida"), ("investor", "Ribera Growth Partners")
    }


def test_a_company_that_belongs_to_a_group_as_a_whole_is_no_deal(es: Language) -> None:
    assert not _deals(es, "Conservas Albaida S.A. pertenece al grupo francés Maraval Foods.")


# -- "la compra del 100 % del capital a Y": the company the article is about --------


@pytest.mark.parametrize("text", [
    "La fabricante de muebles Maderas Ocaña S.A. tendrá nuevos dueños. Cuatro directivos "
    "liderados por el consejero delegado, Tomás Gracia Lahoz, cerraron el lunes la compra "
    "del 100% del capital a Ernesto Ocaña, el último heredero.",
    "Maderas Ocaña S.A. presentó el lunes sus cuentas anuales. El fondo Tajo Capital "
    "Partners compró el 100% de las acciones a Ernesto Ocaña por 12 millones de euros.",
])
def test_the_whole_equity_of_no_company_named_is_the_topics(es: Language, text: str) -> None:
    (deal,) = _deals(es, text)
    assert deal.type == "Acquisition"
    assert ("target", "Maderas Ocaña") in _parties(deal)
    assert ("seller", "Ernesto Ocaña") in _parties(deal)


def test_a_stake_of_no_company_named_is_not_made_a_takeover_of_the_topic(
    es: Language,
) -> None:
    deals = _deals(es, (
        "Maderas Ocaña S.A. presentó el lunes sus cuentas anuales. El fondo Tajo Capital "
        "Partners compró el 30% de las acciones a Ernesto Ocaña."
    ))
    assert not [d for d in deals if ("target", "Maderas Ocaña") in _parties(d)]
