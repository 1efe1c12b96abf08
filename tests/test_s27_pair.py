"""Session 27, pair2: the company a part is of, said as "the company".

"Brackley Capital agreed to buy 30 per cent of the company", "el fondo comprará el
30 % de la empresa", "a 25% stake in the group": a part of a company named by a plain
description (kg.deals.refer.part_of_description) is a part of the company whose
ownership the story follows (kg.deals.refer.owned_company): a company its own sentence
names before it (``named_in_sentence``); else the company the lede is about, once
named twice and told as no buyer; else the target or investee of the latest deal told;
else the lede's company. It used to be the company named most often before it, so a
background paragraph about a customer, a rival or a lender (named three times there)
took the deal: a false deal of the wrong pair, and the deal of the story missed.

"la familia ya rechazó en 2019 una oferta de Y" (kg.deals.tacit.owners_company): the
owners' company is found the same way, no longer always the lede's subject, which is
often the buyer of the story's deal, not the family's company.

A Spanish counter-bid ("X estaría preparando una contraoferta") answers a bid still
open (kg.deals.pugna._in_play_target), never a purchase done years before.

Every sentence is written for these tests, with invented companies and people.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_deal_roles_es import deals_among, roles

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py


def invested(nlp: Language, text: str, names: tuple[str, ...], investor: str) -> set[str]:
    """The companies ``investor`` buys a part of (or the whole of) in ``text``."""
    out: set[str] = set()
    for d in deals_among(nlp, text, names):
        r = roles(d)
        if investor in r.get("investor", set()) | r.get("acquirer", set()):
            out |= r.get("investee", set()) | r.get("target", set())
    return out


# ---------------------------------------------------------------- the lede's company

PIES = ("Harrowgate Foods", "Penwick Stores", "Brackley Capital")
PIES_EN = (
    "Harrowgate Foods, which bakes frozen pies in Cardiff, has doubled its sales since "
    "2022. Its biggest customer is Penwick Stores, which stocks the pies in 400 shops. "
    "Penwick Stores has also opened a depot near Newport. Penwick Stores said its own "
    "sales rose 8 per cent last year.\n\n"
    "On Tuesday, Brackley Capital agreed to buy {part} in a £40m deal."
)


@pytest.mark.parametrize("part", [
    "30 per cent of the company", "30 per cent of the firm", "a 25% stake in the group",
])
def test_a_part_of_the_company_is_the_ledes_company_not_the_one_named_most(
        en: Language, part: str) -> None:
    text = PIES_EN.format(part=part)
    assert invested(en, text, PIES, "Brackley Capital") == {"Harrowgate Foods"}


TINS = ("Conservas Arlanza", "Supermercados Tajo", "Brezo Capital")
TINS_ES = (
    "Conservas Arlanza, que enlata pescado en Vigo, ha duplicado sus ventas desde 2022. "
    "Su mayor cliente es Supermercados Tajo, que vende las latas en 300 tiendas. "
    "Supermercados Tajo abrió además un almacén en Oporto. Supermercados Tajo dijo que "
    "sus ventas subieron un 8% el año pasado.\n\n"
    "El fondo Brezo Capital ha acordado comprar {part} por 40 millones de euros."
)


@pytest.mark.parametrize("part", [
    "el 30% de la empresa", "el 30 % de la sociedad", "el 12% del capital de la compañía",
])
def test_el_30_de_la_empresa_es_la_del_arranque_no_la_mas_nombrada(
        es: Language, part: str) -> None:
    text = TINS_ES.format(part=part)
    assert invested(es, text, TINS, "Brezo Capital") == {"Conservas Arlanza"}


# ---------------------------------------------------------------- a company told as bought

MILL = ("Kelso Oat Mills", "Tweedside Grain", "Lammer Feeds", "Ettrick Holdings")
MILL_EN = (
    "A council report has questioned how Tweedside Grain bought 51 per cent of Kelso "
    "Oat Mills in 2024.\n\n"
    "The report also says Lammer Feeds was the only other bidder. Lammer Feeds offered "
    "less, and Lammer Feeds later withdrew.\n\n"
    "Ettrick Holdings has now agreed to buy 10 per cent of the company in a £5m deal."
)


def test_a_part_of_the_company_is_the_company_told_as_bought(en: Language) -> None:
    # the committee's report is the lede's subject; the company whose sale it tells of
    # is the one a later part belongs to, not the bidder named three times
    assert invested(en, MILL_EN, MILL, "Ettrick Holdings") == {"Kelso Oat Mills"}


FERRY = ("Navieira Sil", "Transportes Miño", "Astilleros Ulla", "Inversiones Ézaro")
FERRY_ES = (
    "Transportes Miño compró en 2023 el 60% de Navieira Sil por 20 millones de euros. "
    "Los barcos los construye Astilleros Ulla. Astilleros Ulla entregará dos "
    "transbordadores en marzo, y Astilleros Ulla espera otro pedido.\n\n"
    "Inversiones Ézaro comprará ahora el 15% de la empresa a Transportes Miño."
)


def test_el_15_de_la_empresa_es_de_la_comprada_antes(es: Language) -> None:
    assert invested(es, FERRY_ES, FERRY, "Inversiones Ézaro") == {"Navieira Sil"}


# ---------------------------------------------------------------- left as it was


def test_a_company_introduced_with_the_noun_still_wins(en: Language) -> None:
    # "the group" after "the Welsh group Y": the company introduced with that noun
    names = ("Harrowgate Foods", "Glanrhyd", "Brackley Capital")
    text = ("Harrowgate Foods has doubled its sales since 2022, helped by an order from "
            "the Welsh group Glanrhyd.\n\n"
            "Brackley Capital agreed to buy 30 per cent of the group in a £40m deal.")
    assert invested(en, text, names, "Brackley Capital") == {"Glanrhyd"}


def test_the_company_of_a_part_is_never_its_buyer(en: Language) -> None:
    names = ("Harrowgate Foods", "Brackley Capital")
    text = ("Brackley Capital has had a busy year. Harrowgate Foods, a pie maker, "
            "needs money.\n\n"
            "Brackley Capital agreed to buy 30 per cent of the company in a £40m deal.")
    assert invested(en, text, names, "Brackley Capital") == {"Harrowgate Foods"}


# ---------------------------------------------------------------- named in its own sentence


def test_a_company_its_own_sentence_names_comes_first(en: Language) -> None:
    # the buyer's apposition names the company; the deal told before is another's
    names = ("Tweedside Grain", "Lammer Feeds", "Ostler Retail", "Kelso Oat Mills")
    text = ("Tweedside Grain bought Lammer Feeds in 2024 for £30m.\n\n"
            "Ostler Retail, a rival of Kelso Oat Mills, has bought 6.5 per cent of the "
            "company on the market.")
    assert invested(en, text, names, "Ostler Retail") == {"Kelso Oat Mills"}


def test_la_que_nombra_su_propia_oracion_va_primero(es: Language) -> None:
    names = ("Lácteos Ordes", "Queixos Sar", "Grupo Valdeorras", "Leite Ulloa")
    text = ("En 2021 Grupo Valdeorras se quedó con Leite Ulloa por 30 millones de euros."
            "\n\nLácteos Ordes, competidora de Queixos Sar, compró en bolsa un 9% de la "
            "compañía durante el último mes.")
    assert invested(es, text, names, "Lácteos Ordes") == {"Queixos Sar"}


# ---------------------------------------------------------------- the owners' answer


def test_la_familia_que_rechazo_una_oferta_es_la_duena_de_la_comprada(es: Language) -> None:
    # the lede's subject bought; the family that turned an offer down owns the company
    # it bought, not the buyer
    names = ("Grupo Arlanza", "Quesos Tiétar", "Lácteos Jerte")
    text = ("Grupo Arlanza compró el lunes el 70% de Quesos Tiétar por 10 "
            "millones de euros. La familia Roldán conserva el 30% restante.\n\n"
            "Tampoco es el primer intento: la familia ya rechazó en 2020 una "
            "oferta de Lácteos Jerte por 6 millones de euros.")
    assert invested(es, text, names, "Lácteos Jerte") == {"Quesos Tiétar"}


def test_with_no_deal_told_the_family_owns_the_ledes_company(es: Language) -> None:
    names = ("Quesos Tiétar", "Lácteos Jerte", "Banco Vettonia")
    text = ("Quesos Tiétar despierta de nuevo el interés de los compradores. Banco "
            "Vettonia le prestó en 2024 dos millones de euros.\n\n"
            "La familia ya rechazó en 2020 una oferta de Lácteos Jerte por 6 millones de euros.")
    assert invested(es, text, names, "Lácteos Jerte") == {"Quesos Tiétar"}


def test_a_settled_lede_company_beats_a_background_deal_told_since(en: Language) -> None:
    # the buyer's own earlier purchase, told in passing, is not what the family owns
    names = ("Tiverton Pickles", "Arkley Foods", "Dunmore Relish", "Calder Brands")
    text = ("After forty years with one family, Tiverton Pickles is changing hands. Arkley "
            "Foods agreed to buy the pickle maker for £60m.\n\n"
            "Arkley Foods has made no bigger purchase since it acquired Dunmore Relish in "
            "2021.\n\n"
            "Tiverton Pickles has drawn interest before. In 2020 the "
            "family rejected an offer from Calder Brands.")
    assert invested(en, text, names, "Calder Brands") == {"Tiverton Pickles"}


# ---------------------------------------------------------------- a counter-bid


def test_a_counter_bid_is_for_no_company_bought_years_ago(es: Language) -> None:
    # the only takeover told before the counter-bid is a purchase done in 2021: no bid
    # is open for it, so the counter-bid is no bid for that company
    names = ("Pescados Ancud", "Conservas Quellón", "Acuícola Dalcahue")
    text = ("Pescados Ancud ya conoce la región: en 2021 se quedó con Conservas Quellón "
            "por 50 millones de dólares.\n\n"
            "Según operadores, Acuícola Dalcahue estaría preparando una contraoferta.")
    assert "Conservas Quellón" not in invested(es, text, names, "Acuícola Dalcahue")


def test_a_counter_bid_is_for_the_company_whose_bid_is_open(es: Language) -> None:
    names = ("Pescados Ancud", "Conservas Quellón", "Acuícola Dalcahue")
    text = ("Pescados Ancud lanzó una OPA por Conservas Quellón de 50 millones de dólares."
            "\n\nSegún operadores, Acuícola Dalcahue estaría preparando una contraoferta.")
    assert invested(es, text, names, "Acuícola Dalcahue") == {"Conservas Quellón"}
