"""Session 17 (money): the letters a country's own press writes for its currency
sign ("N", "P", "Sh"), Gulf symbols ("QR", "KD"), the hundredths of a home currency
("sen", "kobo"), datelines closed by a colon, an insurer's premiums and a platform's
GMV as no price, the agent of a valuing participle, and the price paid for a stake
told in a clause on the stake. Every sentence is written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.facts import Amount
from kg.money import find_money
from kg.origin import dateline_country


def found(text: str, lang: str, country: str | None = None) -> list[Amount]:
    return find_money(text, lang, country)[0]


def read(text: str, lang: str, country: str | None = None) -> list[tuple[str, Decimal]]:
    """(currency, value) of each exact amount, in text order."""
    return [(a.currency, a.value) for a in found(text, lang, country) if a.value is not None]


# -- letters the home press writes for its currency sign --------------------------------


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("Ibadan Mills sold the plant for N45 billion.", "NG", ("NGN", Decimal("45e9"))),
        ("The bank lent N2.5bn to the refiner.", "NG", ("NGN", Decimal("2.5e9"))),
        ("Its shares closed at N12.40 on Friday.", "NG", ("NGN", Decimal("12.40"))),
        ("Cebu Harbor bought the ferry line for P3.2 billion.", "PH", ("PHP", Decimal("3.2e9"))),
        ("Naivasha Flowers raised Sh800 million from a fund.", "KE", ("KES", Decimal("8e8"))),
    ],
)
def test_the_home_press_letter_for_a_currency_sign_is_money_at_home(
    text: str, country: str, expected: tuple[str, Decimal]
) -> None:
    assert read(text, "en", country) == [expected]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Ibadan Mills sold the plant for N45 billion.", "GB"),
        ("Ibadan Mills sold the plant for N45 billion.", None),
        ("Cebu Harbor bought the ferry line for P3.2 billion.", "US"),
    ],
)
def test_the_home_press_letter_is_no_money_elsewhere(text: str, country: str | None) -> None:
    assert found(text, "en", country) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lusail Shipping signed a QR 2.4 billion order for tankers.", ("QAR", Decimal("2.4e9"))),
        ("Wafra Foods agreed to pay KD 40 million for the bakery chain.", ("KWD", Decimal("4e7"))),
    ],
)
def test_gulf_press_symbols_are_money(text: str, expected: tuple[str, Decimal]) -> None:
    assert read(text, "en") == [expected]


# -- the hundredths of the home currency --------------------------------------------------


def test_sen_in_malaysian_copy_are_hundredths_of_the_ringgit() -> None:
    text = "Penang Ports rose 6 sen to RM3.10 after the results."
    assert read(text, "en", "MY") == [("MYR", Decimal("0.06")), ("MYR", Decimal("3.10"))]


def test_kobo_in_nigerian_copy_are_hundredths_of_the_naira() -> None:
    assert read("The board declared a dividend of 75 kobo per share.", "en", "NG") == [
        ("NGN", Decimal("0.75"))
    ]


def test_sen_is_no_money_outside_its_country() -> None:
    assert found("Penang Ports rose 6 sen after the results.", "en", "GB") == []


# -- datelines closed by a colon ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KUALA LUMPUR (Dec 2): Penang Ports Bhd said on Tuesday ...", "MY"),
        ("LAGOS (March 4): Ibadan Mills Plc said ...", "NG"),
        ("KARACHI: The textile group said on Monday ...", "PK"),
    ],
)
def test_a_dateline_closed_by_a_colon_places_the_story(text: str, expected: str) -> None:
    assert dateline_country(text, "en") == expected


@pytest.mark.parametrize(
    "text",
    [
        "UPDATE: The textile group said on Monday ...",
        "TORONTO (Reuters): The lender said ...",  # a wire's source, not a date
    ],
)
def test_a_colon_after_no_place_or_after_a_wire_places_nothing(text: str) -> None:
    assert dateline_country(text, "en") is None


def test_a_colon_dateline_sets_the_currency_of_an_unplaced_outlet() -> None:
    text = "KUALA LUMPUR (Dec 2): Penang Ports rose 6 sen to RM3.10 after the results."
    assert ("MYR", Decimal("0.06")) in read(text, "en", dateline_country(text, "en"))


# -- a deal's amount (the pipeline, organisations given by hand) ------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Harlow Re and Penrith Mutual called off a merger that would have created an "
        "insurer with gross written premiums of $1.3 billion.",
        "Harlow Re and Penrith Mutual called off a merger that would have created a "
        "marketplace with a GMV of $1.3 billion.",
    ],
)
def test_premiums_and_gmv_of_the_combined_group_are_no_price(en, text: str) -> None:  # type: ignore[no-untyped-def]
    from tests.test_deals import deals

    (deal,) = deals(en, text, ("Harlow Re", "Penrith Mutual"))
    assert deal.type == "Merger"
    assert deal.amount is None


@pytest.mark.model
def test_primas_of_the_insurer_are_no_price(es) -> None:  # type: ignore[no-untyped-def]
    from tests.test_deals import deals

    text = (
        "Seguros Tajo y Mutua Órbigo rompieron las negociaciones de una fusión que habría "
        "creado una aseguradora con primas de 900 millones de euros."
    )
    (deal,) = deals(es, text, ("Seguros Tajo", "Mutua Órbigo"))
    assert deal.amount is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "El Ministerio de Obras adjudicó el contrato a Constructora Loma Verde. El "
            "contrato, valorado por el ministerio en 300 millones de euros, incluye el "
            "mantenimiento de la vía.",
            ("Ministerio de Obras", "Constructora Loma Verde"),
        ),
        (
            # the parse makes the symbol the figure's head and "millones" an object
            "La Autoridad Portuaria adjudicó el contrato a Constructora Loma Verde. El "
            "contrato, valorado en B/. 300 millones a lo largo de su vigencia, obliga a la "
            "constructora a invertir B/. 80 millones en grúas.",
            ("Autoridad Portuaria", "Constructora Loma Verde"),
        ),
        (
            "Textiles Ñandú compró Hilados del Sur. La compra, valorada por los analistas "
            "en 300 millones de euros, se cerró en marzo.",
            ("Textiles Ñandú", "Hilados del Sur"),
        ),
    ],
)
def test_a_deal_valued_by_an_agent_or_before_a_symbol_is_worth_the_figure(  # type: ignore[no-untyped-def]
    es, text: str, names: tuple[str, str]
) -> None:
    from tests.test_deals import deals

    (deal,) = deals(es, text, names)
    assert deal.amount is not None and deal.amount.value == Decimal("300000000")


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text", "names", "value"),
    [
        (
            "es",
            "Grupo Tordesillas tiene desde 2019 el 30% de Lácteos Pisuerga, participación "
            "por la que pagó 45 millones de euros.",
            ("Grupo Tordesillas", "Lácteos Pisuerga"),
            Decimal("45000000"),
        ),
        (
            "en",
            "Harrowfield Group owns 49% of Tidewell Ports, a stake for which it paid "
            "$72 million in 2021.",
            ("Harrowfield Group", "Tidewell Ports"),
            Decimal("72000000"),
        ),
    ],
)
def test_the_price_paid_for_a_stake_held_is_its_amount(  # type: ignore[no-untyped-def]
    request, lang: str, text: str, names: tuple[str, str], value: Decimal
) -> None:
    from tests.test_deals import deals

    (deal,) = deals(request.getfixturevalue(lang), text, names)
    assert deal.type == "Investment"
    assert deal.amount is not None and deal.amount.value == value


@pytest.mark.model
def test_a_holder_with_no_price_paid_keeps_none(en) -> None:  # type: ignore[no-untyped-def]
    from tests.test_deals import deals

    text = "Harrowfield Group owns 49% of Tidewell Ports, which has revenue of $72 million."
    (deal,) = deals(en, text, ("Harrowfield Group", "Tidewell Ports"))
    assert deal.amount is None


# -- which pesos: a company's nationality does not move a paper's own pesos --------------


def test_a_nationality_adjective_leaves_the_outlets_pesos() -> None:
    text = (
        "Molinera del Plata analiza la compra de la uruguaya Granos Colonia. La empresa "
        "facturó 45.000 millones de pesos el año pasado."
    )
    assert [a.currency for a in found(text, "es", "AR")] == ["ARS"]


def test_a_nationality_after_a_noun_before_a_name_leaves_the_outlets_pesos() -> None:
    text = (
        "Transportes Quindío vendió su flota de carga a la naviera chilena Puerto Maule "
        "por 95.000 millones de pesos."
    )
    assert [a.currency for a in found(text, "es", "CO")] == ["COP"]


def test_a_country_named_still_sets_the_pesos_of_wire_copy() -> None:
    text = (
        "En Uruguay, Granos Colonia facturó 45.000 millones de pesos el año pasado, "
        "informó la compañía."
    )
    assert [a.currency for a in found(text, "es", "AR")] == ["UYU"]


# -- a bid at a price a share ------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Halden Group offered $45 a share for Corrin Foods.",
        "On Monday, Halden Group offered $45 a share in cash for Corrin Foods.",
        "Halden Group has offered $45 per share for Corrin Foods.",
    ],
)
def test_an_offer_of_a_price_a_share_for_a_company_is_a_bid(en, text: str) -> None:  # type: ignore[no-untyped-def]
    from tests.test_deals import deals

    (deal,) = deals(en, text, ("Halden Group", "Corrin Foods"))
    assert (deal.type, deal.status) == ("Acquisition", "Announced")
    assert {(r, e.name) for r, e in deal.roles} == {
        ("acquirer", "Halden Group"), ("target", "Corrin Foods")
    }
    assert deal.amount is None  # a price a share is no total


@pytest.mark.model
def test_the_value_a_share_price_bid_puts_on_the_company_is_its_amount(en) -> None:  # type: ignore[no-untyped-def]
    from tests.test_deals import deals

    text = "Halden Group offered $45 a share for Corrin Foods, valuing the company at $1.2 billion."
    (deal,) = deals(en, text, ("Halden Group", "Corrin Foods"))
    assert deal.amount is not None and deal.amount.value == Decimal("1200000000")


@pytest.mark.model
def test_a_price_a_share_hung_on_its_own_share_noun_is_no_bid(es) -> None:  # type: ignore[no-untyped-def]
    from tests.test_deals import deals

    # the parser hangs "por Granos Colonia" on "acción": no company the price is for
    text = "Molinera del Plata ofrece 12 euros por acción por Granos Colonia."
    assert [d.type for d in deals(es, text, ("Molinera del Plata", "Granos Colonia"))] != [
        "Investment"
    ]


# -- a completion told to come after a sale ------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Eólica Moncayo vende ocho parques solares a Fondo Tiétar por 300 millones de "
        "euros. La operación se cerrará en el segundo trimestre.",
        "Eólica Moncayo vende ocho parques solares a Fondo Tiétar por 300 millones de "
        "euros. La operación se completará antes de junio.",
    ],
)
def test_a_sale_whose_closing_is_told_in_the_future_is_announced(es, text: str) -> None:  # type: ignore[no-untyped-def]
    from tests.test_deals import deals

    (deal,) = deals(es, text, ("Eólica Moncayo", "Fondo Tiétar"))
    assert deal.status == "Announced"


@pytest.mark.model
def test_a_sale_closed_stays_completed(es) -> None:  # type: ignore[no-untyped-def]
    from tests.test_deals import deals

    text = (
        "Eólica Moncayo vendió ocho parques solares a Fondo Tiétar por 300 millones de "
        "euros. La operación se cerró el lunes."
    )
    (deal,) = deals(es, text, ("Eólica Moncayo", "Fondo Tiétar"))
    assert deal.status == "Completed"


@pytest.mark.model
def test_a_spanish_bid_at_a_price_a_share_is_a_takeover_bid(es) -> None:  # type: ignore[no-untyped-def]
    from tests.test_deals import deals

    text = "Inversiones Rapel ofreció $ 1.500 por acción por Salmones Aysén."
    (deal,) = deals(es, text, ("Inversiones Rapel", "Salmones Aysén"))
    # "por acción" is the unit of the price, not a stake bought: a takeover bid
    assert (deal.type, deal.status) == ("Acquisition", "Announced")


@pytest.mark.model
def test_the_value_a_bids_terms_imply_is_its_amount(es) -> None:  # type: ignore[no-untyped-def]
    from tests.test_deals import deals

    text = (
        "Inversiones Rapel ofreció $ 1.500 por acción por Salmones Aysén, lo que implica "
        "valorar la compañía en US$ 300 millones."
    )
    (deal,) = deals(es, text, ("Inversiones Rapel", "Salmones Aysén"))
    assert deal.type == "Acquisition"
    assert deal.amount is not None and deal.amount.value == Decimal("300000000")
