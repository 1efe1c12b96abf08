"""Session 33, helper unread (issue #13): deals whose parties share a sentence beside a
deal word but were read as no deal.

- After a fronted phrase and its comma, a Spanish name set off before a verb in a
  compound tense or a periphrasis ("Para crecer en Chile, X ha comprado Y", "X va a
  comprar Y") is the clause's subject: the auxiliary carries the person and stands
  between the name and the verb, and the parser may hang the name on the fronted
  phrase as one more item of a list (``kg.deals.syntax._subject_hung_on_fronted_phrase``).
- "X abastecerá de cobre a Y", "firmó un contrato para surtir de grano a la planta de Y":
  the Spanish verbs of supplying whose object is the one supplied tell a supply with
  the goods told by "de" / "con" and a named company (or its premises) supplied
  (``kg.deals.frames._supplied_with``); "para abastecer con energía su faena" stays the
  buyer's purpose, "abastece de grano el mercado" names no buyer.
- "the sale of X's 40% stake in Y to Z": the possessor of the part a sale noun moves
  holds it and sells it (``kg.deals.roles._nested_companies``, parties:sold-part-owner);
  "the sale of a 40% stake in Y" names no seller, and "X's shares" with no company
  they are in are shares of X. Spanish names the holder with "de" beside "en" the
  company the part is in ("la venta de la participación del 40 % de X en Y a Z",
  "compró la participación de X en Y"; ``kg.deals.roles._holder_with_de``): X sells,
  Y is the investee; "el 40 % de Y" alone is a part of Y.
- "la aerolínea X compra diez aviones al fabricante Y", "X has bought 400 flats from Y":
  a verb of buying with goods (or property bought as assets: dwellings join the
  lexicon's asset nouns) for its object names their seller with "from" / "a", which
  the parser hangs on the object (``kg.deals.frames._goods_bought_from``,
  parties:seller-on-goods); a place ("from Chile") or a description ("al fabricante
  europeo") names no seller.
- "a waste disposal contract", "a water-disposal contract": "disposal" after a noun that
  names no business, stake or asset is a service the contract buys, not a sale that
  the agreement defers to (``kg.deals.frames._substance_disposed``); "the asset
  disposal to Y" still sells.
- "X se ha convertido en el accionista mayoritario de Y": Spanish "convertirse en" is
  "become", and its subject is the holder as the copula's is
  (``kg.deals.roles.holders``); "X convirtió a Y en su accionista" makes another one
  the holder. An ordinal on a holder noun ranks the holder ("se convierte en el segundo
  accionista de Y"), it tells no second deal: the holding told after a sale is the
  sale's (``kg.deals.frames``, ``Mention.distinct``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

pytestmark = pytest.mark.model  # the ``en`` and ``es`` pipelines come from conftest.py


def deals(nlp: Language, text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each deal's type and sorted (role, name) pairs."""
    return [(d.type, sorted((r, x.name) for r, x in d.roles)) for d in nlp(text)._.kg_deals]


# -- the subject after a fronted phrase, before an auxiliary --------------------------------


@pytest.mark.parametrize(("text", "deal"), [
    # the name hung on the fronted phrase's last name as one more item of a list
    ("Para crecer en Chile, Conservas Alberche ha comprado Pesquera Lumaco por 5 millones "
     "de euros.",
     ("Acquisition", [("acquirer", "Conservas Alberche"), ("target", "Pesquera Lumaco")])),
    # the name hung on the fronted phrase's object as an apposition
    ("Para evitar un vacío técnico, Aguas del Jerte ha firmado con Ingeniería Norvia un "
     "contrato de asistencia de 18 meses por 1,1 millones de euros.",
     ("PurchaseAgreement", [("buyer", "Aguas del Jerte"), ("seller", "Ingeniería Norvia")])),
    # a periphrasis: "va a comprar"
    ("Para crecer en Chile, Conservas Alberche va a comprar Pesquera Lumaco por 5 millones "
     "de euros.",
     ("Acquisition", [("acquirer", "Conservas Alberche"), ("target", "Pesquera Lumaco")])),
])
def test_a_name_before_an_auxiliary_after_a_fronted_phrase_is_the_subject(
    es: Language, text: str, deal: tuple[str, list[tuple[str, str]]]
) -> None:
    assert deals(es, text) == [deal]


def test_a_name_before_an_auxiliary_in_the_first_person_is_not_the_subject(
    es: Language
) -> None:
    """ "hemos comprado": the auxiliary's ending says who acts; the name set off is not it."""
    text = "Para crecer en Chile, Conservas Alberche, hemos comprado Pesquera Lumaco."
    assert all(("acquirer", "Conservas Alberche") not in roles for _, roles in deals(es, text))


def test_a_description_after_a_fronted_phrase_makes_no_subject_of_the_object(
    es: Language
) -> None:
    """ "la empresa" is no name: the sentence's buyer is told before it, not after the verb."""
    text = "Para crecer en Chile, la empresa ha comprado Pesquera Lumaco por 5 millones de euros."
    assert all(("acquirer", "Pesquera Lumaco") not in roles for _, roles in deals(es, text))


# -- "abastecer de X a Y": a supply ---------------------------------------------------------


@pytest.mark.parametrize(("text", "deal"), [
    ("Granos del Bajío abastecerá de cacahuate a Dulces Orbe S.A. durante cinco años.",
     ("PurchaseAgreement", [("buyer", "Dulces Orbe"), ("seller", "Granos del Bajío")])),
    # in an agreement's purpose clause, to the premises of the buyer
    ("Granos del Bajío firmó un contrato para abastecer de cacahuate a la planta de Dulces "
     "Orbe S.A. en Jalisco.",
     ("PurchaseAgreement", [("buyer", "Dulces Orbe"), ("seller", "Granos del Bajío")])),
    ("Petrolera Andina surtirá de combustible a Transportes Quillota desde enero.",
     ("PurchaseAgreement", [("buyer", "Transportes Quillota"), ("seller", "Petrolera Andina")])),
])
def test_supplying_a_company_with_goods_is_a_supply(
    es: Language, text: str, deal: tuple[str, list[tuple[str, str]]]
) -> None:
    assert deals(es, text) == [deal]


def test_supplying_ones_own_site_keeps_the_signer_the_buyer(es: Language) -> None:
    """ "para abastecer con energía su faena": the buyer's purpose, not a supply by it."""
    text = ("Minera Talca firmó con Eléctrica Pomaire un contrato de compra de energía para "
            "abastecer con energía su faena.")
    assert deals(es, text) == [
        ("PurchaseAgreement", [("buyer", "Minera Talca"), ("seller", "Eléctrica Pomaire")])
    ]


def test_supplying_no_named_company_is_no_deal(es: Language) -> None:
    text = "Granos del Bajío abastece de cacahuate el mercado nacional desde 1990."
    assert deals(es, text) == []


def test_a_company_supplied_by_itself_is_no_seller(es: Language) -> None:
    """ "se abastece de X de Y": it buys from Y; the reflexive object supplies no one."""
    text = "Dulces Orbe S.A. se abastece de cacahuate de Granos del Bajío."
    assert all(("seller", "Dulces Orbe") not in roles for _, roles in deals(es, text))


# -- the possessor of a stake a sale noun moves sells it -----------------------------------


@pytest.mark.parametrize("text", [
    "The sale of Tarrow Holdings' 40% stake in Kilby Salt Works to Coastmere Minerals was "
    "approved by regulators.",
    "Regulators approved the sale of Tarrow Holdings' 40% stake in Kilby Salt Works to "
    "Coastmere Minerals.",
])
def test_the_owner_of_a_stake_sold_is_the_seller(en: Language, text: str) -> None:
    assert deals(en, text) == [
        ("Investment", [("investee", "Kilby Salt Works"), ("investor", "Coastmere Minerals"),
                        ("seller", "Tarrow")])
    ]


def test_a_stake_sold_with_no_owner_names_no_seller(en: Language) -> None:
    text = "The sale of a 40% stake in Kilby Salt Works to Coastmere Minerals was approved."
    assert deals(en, text) == [
        ("Investment", [("investee", "Kilby Salt Works"), ("investor", "Coastmere Minerals")])
    ]


@pytest.mark.parametrize(("text", "deal"), [
    ("La CNMC aprobó la venta de la participación del 40% de Grupo Tarrasa en Salinas Kilba "
     "S.A. a Minerales Costamar.",
     ("Investment", [("investee", "Salinas Kilba"), ("investor", "Minerales Costamar"),
                     ("seller", "Grupo Tarrasa")])),
    ("Minerales Costamar compró la participación del 40% de Grupo Tarrasa en Salinas Kilba "
     "S.A. por 20 millones de euros.",
     ("Investment", [("investee", "Salinas Kilba"), ("investor", "Minerales Costamar"),
                     ("seller", "Grupo Tarrasa")])),
])
def test_a_spanish_part_of_one_company_in_another_is_the_first_ones_holding(
    es: Language, text: str, deal: tuple[str, list[tuple[str, str]]]
) -> None:
    assert deals(es, text) == [deal]


def test_a_spanish_part_of_a_company_alone_is_a_part_of_it(es: Language) -> None:
    text = "La CNMC aprobó la venta del 40% de Salinas Kilba S.A. a Minerales Costamar."
    assert deals(es, text) == [
        ("Investment", [("investee", "Salinas Kilba"), ("investor", "Minerales Costamar")])
    ]


# -- goods bought from a seller the parser hangs on the goods -------------------------------


@pytest.mark.parametrize(("lang", "text", "deal"), [
    # dwellings are property bought as assets: an acquisition from their seller
    ("en", "Bramwell Housing Trust has bought 400 flats from Carrick Estates for £62 million.",
     ("Acquisition", [("acquirer", "Bramwell Housing Trust"), ("seller", "Carrick Estates")])),
    ("es", "La aerolínea Vuela Caribe ha comprado diez aviones regionales al fabricante "
     "Aeronaves Boreal por 450 millones de dólares.",
     ("PurchaseAgreement", [("buyer", "Vuela Caribe"), ("seller", "Aeronaves Boreal")])),
])
def test_goods_bought_from_a_named_seller(
    en: Language, es: Language, lang: str, text: str, deal: tuple[str, list[tuple[str, str]]]
) -> None:
    assert deals(en if lang == "en" else es, text) == [deal]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Bramwell Housing Trust has bought 400 tonnes of steel from Chile."),
    ("es", "Vuela Caribe ha comprado diez aviones al fabricante europeo."),
])
def test_goods_bought_from_no_named_company_are_no_deal(
    en: Language, es: Language, lang: str, text: str
) -> None:
    assert deals(en if lang == "en" else es, text) == []


# -- a substance disposed of is a service, not a sale ----------------------------------------


@pytest.mark.parametrize("text", [
    "Brinefield Water Inc signed a waste disposal contract with Oxbow Basin Operating Co.",
    "Brinefield Water Inc signed a seven-year water-disposal contract with Oxbow Basin "
    "Operating Co.",
])
def test_a_disposal_contract_is_a_service_contract(en: Language, text: str) -> None:
    assert deals(en, text) == [
        ("PurchaseAgreement", [("buyer", "Oxbow Basin Operating"),
                               ("seller", "Brinefield Water")])
    ]


def test_an_asset_disposal_still_sells(en: Language) -> None:
    text = "Brinefield Water Inc completed the asset disposal to Oxbow Basin Operating Co."
    assert deals(en, text) == [
        ("Acquisition", [("acquirer", "Oxbow Basin Operating"), ("seller", "Brinefield Water")])
    ]


# -- "convertirse en accionista de Y" ---------------------------------------------------------


def test_becoming_a_shareholder_in_spanish_is_an_investment(es: Language) -> None:
    text = ("Fondo Albarda Capital se ha convertido en el accionista mayoritario de Lonjas "
            "Tordera S.A.")
    assert deals(es, text) == [
        ("Investment", [("investee", "Lonjas Tordera"),
                        ("investor", "Fondo Albarda Capital")])
    ]


def test_making_another_one_a_shareholder_is_no_holding_of_the_subject(es: Language) -> None:
    text = "Fondo Albarda Capital convirtió a Lonjas Tordera S.A. en su mayor accionista."
    assert all(("investor", "Fondo Albarda Capital") not in roles for _, roles in deals(es, text))


def test_the_second_shareholder_after_a_sale_is_that_sale(es: Language) -> None:
    text = ("Minerales Costamar compró el 35% de Salinas Kilba S.A. por 40 millones de euros. "
            "Con la operación, Minerales Costamar se convierte en el segundo accionista de "
            "Salinas Kilba.")
    assert deals(es, text) == [
        ("Investment", [("investee", "Salinas Kilba"), ("investor", "Minerales Costamar")])
    ]
