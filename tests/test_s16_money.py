"""Session 16 (money): which dollar a bare "$" is in copy set in one dollar country,
totals after a price per share, sums in a money frame, restatements after a comma,
centavos, "otros 150.000", and the amount and status of a deal. Every sentence is
written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.facts import Amount
from kg.money import find_money


def found(text: str, lang: str, country: str | None = None) -> list[Amount]:
    return find_money(text, lang, country)[0]


def figures(text: str, lang: str) -> list[tuple[str, Decimal]]:
    """(currency, value or bound) of each amount, in text order."""
    return [
        (a.currency, next(v for v in (a.value, a.min_value, a.max_value) if v is not None))
        for a in found(text, lang)
    ]


# -- a bare "$" in copy set in one dollar country ------------------------------------

_KIWI = (
    "Te Awa Foods, the Christchurch-based processor, will pay $310 million for Rata "
    "Orchards. Te Awa, which is listed on the NZX, saw its shares fall 12 cents to $2.15."
)


def test_copy_set_in_new_zealand_counts_in_new_zealand_dollars() -> None:
    amounts = found(_KIWI, "en")
    assert [a.currency for a in amounts] == ["NZD", "NZD", "NZD"]


@pytest.mark.parametrize(
    "text",
    [
        # one city only does not set the story there
        "Te Awa Foods, the Christchurch-based processor, will pay $310 million for Rata.",
        # US spelling of "percent"
        _KIWI + " The stock is down 4 percent this year.",
        # the US named
        _KIWI + " Rata sells most of its fruit in the United States.",
        # a marked currency beside the bare "$"
        _KIWI + " Rata also owes £20 million to its lenders.",
    ],
)
def test_a_bare_dollar_stays_the_us_dollar_without_a_whole_setting(text: str) -> None:
    assert found(text, "en")[0].currency == "USD"


# -- a total told after a price per share ---------------------------------------------


def test_a_total_after_a_price_per_share_is_money() -> None:
    text = (
        "Grupo Lindar lanzó una opa de 1.050 millones de euros. Su rival ofrece 21,40 "
        "euros por acción, unos 980 millones."
    )
    assert figures(text, "es")[-1] == ("EUR", Decimal("980000000"))


def test_a_count_noun_that_is_not_a_price_unit_still_counts() -> None:
    text = "Vendió 300 millones de euros en bonos y sus acciones llegaron a 25 millones."
    assert figures(text, "es") == [("EUR", Decimal("300000000"))]


# -- a sum after a money noun, whatever word follows it --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "El fondo pondrá 200 millones de euros. El resto llega con un préstamo "
            "de 420 millones concedido por tres bancos.",
            ("EUR", Decimal("420000000")),
        ),
        (
            "Baltra pays $90 million in cash and takes on a loan of 40 million "
            "arranged by two banks.",
            ("USD", Decimal("40000000")),
        ),
    ],
)
def test_a_sum_in_a_money_frame_may_be_followed_by_any_word(
    text: str, expected: tuple[str, Decimal]
) -> None:
    assert figures(text, "es" if "El " in text else "en")[-1] == expected


def test_a_count_after_a_money_noun_and_of_is_still_a_count() -> None:
    text = "Invirtió 5 millones de euros. Su préstamo de 3 millones de usuarios creció."
    assert figures(text, "es") == [("EUR", Decimal("5000000"))]


# -- a foreign sum restated after a comma ------------------------------------------------


def test_a_restatement_after_a_comma_leaves_the_text_one_currency() -> None:
    text = (
        "Lomas Cerámica facturó 410 millones de euros. En 2024 vendió su filial chilena "
        "por 90.000 millones de pesos chilenos, unos 95 millones de euros, para "
        "centrarse en Europa.\n\nLea también: la junta aprueba una cláusula de ruptura "
        "de 9 millones"
    )
    assert figures(text, "es")[-1] == ("EUR", Decimal("9000000"))


# -- centavos ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("El bono de la operadora con vencimiento en 2030 cotiza a 97,2 centavos por dólar.",
         "USD"),
        # a dollarised economy: "$" and centavos are both dollars
        ("La eléctrica pagó $ 45 millones por la planta y su acción subió 8 centavos.", "USD"),
        # pesos named: centavos are theirs
        ("La acción de la cementera mexicana subió 30 centavos, a 45 pesos.", "MXN"),
    ],
)
def test_centavos_are_hundredths_of_the_text_s_currency(text: str, currency: str) -> None:
    cents = [a for a in found(text, "es") if "centavos" in a.span.text]
    assert [a.currency for a in cents] == [currency]


# -- "otros 150.000" -------------------------------------------------------------------------


def test_another_unscaled_sum_takes_the_currency_of_the_first() -> None:
    text = (
        "El fondo Sierra Capital ha puesto 600.000 euros y el inversor Tomás Rivas, "
        "antiguo directivo de una cadena hotelera, otros 200.000."
    )
    assert figures(text, "es") == [("EUR", Decimal("600000")), ("EUR", Decimal("200000"))]


def test_another_count_after_a_sum_is_not_money() -> None:
    text = "Pagó 300.000 euros por la nave y vendió otras 2.000 unidades."
    assert figures(text, "es") == [("EUR", Decimal("300000"))]


# -- a bare sum in a sentence on what is worth, sold or bought ------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Hoy la distribuidora vale 3.200 millones en bolsa.", Decimal("3200000000")),
        (
            "En 2021 vendió el 30% de su filial de redes, Norte Redes, al fondo de pensiones "
            "danés Kalmar por 480 millones, con una opción sobre el resto.",
            Decimal("480000000"),
        ),
    ],
)
def test_a_bare_sum_of_a_worth_or_a_sale_counts_in_the_text_s_currency(
    sentence: str, expected: Decimal
) -> None:
    text = (
        "La eléctrica Ribera Norte ganó 120 millones de euros en el semestre.\n\n"
        "Un analista recuerda la historia del grupo. " + sentence
    )
    assert figures(text, "es")[-1] == ("EUR", expected)


# -- a deal's status and amount (the pipeline, organisations given by hand) -------------


@pytest.mark.model
def test_a_regulator_that_declines_to_clear_a_purchase_cancels_it(en) -> None:  # type: ignore[no-untyped-def]
    from tests.test_deals import deals

    text = "The competition authority declined to clear Norvale Foods' purchase of Tarn Dairy."
    (deal,) = deals(en, text, ("Norvale Foods", "Tarn Dairy"))
    assert (deal.type, deal.status) == ("Acquisition", "Cancelled")


@pytest.mark.model
def test_a_payment_under_the_agreement_of_a_takeover_is_its_price(en) -> None:  # type: ignore[no-untyped-def]
    from tests.test_deals import deals

    text = (
        "Regulators blocked Norvale Foods' takeover of Tarn Dairy last week. Norvale "
        "Foods and Tarn Dairy said they had ended their agreement, under which Norvale "
        "Foods would have paid $240 million."
    )
    (deal,) = deals(en, text, ("Norvale Foods", "Tarn Dairy"))
    assert deal.type == "Acquisition"
    assert deal.status == "Cancelled"
    assert deal.amount is not None and deal.amount.value == Decimal("240000000")


# -- a sum named by the money noun after it ------------------------------------------------


def test_a_sum_of_debt_counts_in_the_outlet_s_currency() -> None:
    text = "Solvia vende sus hoteles a Fondo Ártico por 300 millones. Incluye 80 millones de deuda."
    assert figures_of(text, "es", "ES") == [
        ("EUR", Decimal("300000000")), ("EUR", Decimal("80000000"))
    ]


def test_a_money_noun_after_a_figure_outweighs_a_count_before_it() -> None:
    text = (
        "La red, que ganó 9 millones de euros, tiene 4 millones de clientes y 50 millones "
        "de deuda."
    )
    assert [a.span.text for a in found(text, "es")] == ["9 millones de euros", "50 millones"]


def figures_of(text: str, lang: str, country: str) -> list[tuple[str, Decimal]]:
    return [(a.currency, a.value) for a in found(text, lang, country) if a.value is not None]


# -- a price named after a kind of deal tells no deal ------------------------------------------


@pytest.mark.model
def test_a_purchase_price_named_after_the_deal_kind_leaves_the_sum_to_the_stake(es) -> None:  # type: ignore[no-untyped-def]
    from tests.test_deals import deals

    text = (
        "El fondo Norvale Partners ha elevado al 6,1% su participación en Aceros Tarn. El "
        "fondo ha desembolsado unos 48 millones de euros, según los cálculos de este diario "
        "a partir de los precios medios de compra."
    )
    (deal,) = deals(es, text, ("Norvale Partners", "Aceros Tarn"))
    assert deal.type == "Investment"
    assert deal.amount is not None and deal.amount.value == Decimal("48000000")


# -- a sum and a price in other symbols are not a range -------------------------------------


def test_a_sum_in_dollars_at_a_price_in_pesos_is_no_range() -> None:
    text = (
        "La viñera Cumbre Austral colocó acciones por US$ 210 millones a $2.340 por papel, "
        "dentro del rango de $2.100 a $2.400."
    )
    spans = [a.span.text for a in find_money(text, "es", "CL")[0]]
    assert spans == ["US$ 210 millones", "$2.340", "de $2.100 a $2.400"]


# -- more frames of a sum -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a part of a sum told before
        ("Arrastra una deuda de 40 millones de euros, de los que unos 9 millones son "
         "con Hacienda.", Decimal("9000000")),
        # what a sum takes from a result
        ("La venta restará 22 millones al resultado del año.", Decimal("22000000")),
        # a lettered round
        ("Su Serie B de 9,5 millones cerrada en 2024 la lideró Nube Capital.",
         Decimal("9500000")),
    ],
)
def test_a_bare_sum_in_a_frame_of_money(sentence: str, expected: Decimal) -> None:
    text = "La startup Lumbre ingresó 3 millones de euros en 2025.\n\n" + sentence
    assert figures(text, "es")[-1] == ("EUR", expected)


# -- a loan is no deal's price --------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Norvale Foods agreed to buy Tarn Dairy. Norvale Foods will finance the "
               "purchase with a $700 million credit facility from Banque Ardoise."),
        ("es", "Norvale Foods acordó comprar Tarn Dairy. Norvale Foods financiará la compra "
               "con obligaciones negociables de 700 millones de euros."),
    ],
)
def test_a_loan_that_finances_a_purchase_is_not_its_price(es, en, lang: str, text: str) -> None:  # type: ignore[no-untyped-def]
    from tests.test_deals import deals

    (deal,) = deals(es if lang == "es" else en, text, ("Norvale Foods", "Tarn Dairy"))
    assert deal.amount is None


@pytest.mark.model
def test_a_price_including_debt_stays_the_price(en) -> None:  # type: ignore[no-untyped-def]
    from tests.test_deals import deals

    text = "Norvale Foods agreed to buy Tarn Dairy for $900 million, including debt."
    (deal,) = deals(en, text, ("Norvale Foods", "Tarn Dairy"))
    assert deal.amount is not None and deal.amount.value == Decimal("900000000")


def test_a_range_in_the_outlet_s_own_dollar_stays_a_range() -> None:
    text = (
        "Ferrow now expects earnings of $3.10 to $3.20 a share, up from a range of $2.95 "
        "to $3.05."
    )
    spans = [a.span.text for a in find_money(text, "en", "US")[0]]
    assert spans == ["$3.10 to $3.20 a share", "$2.95 to $3.05"]


@pytest.mark.model
def test_what_a_deal_takes_from_results_is_not_its_price(es) -> None:  # type: ignore[no-untyped-def]
    from tests.test_deals import deals

    text = (
        "Banco Ardoise ha firmado un contrato con Recobros Tarn por el que esta gestionará "
        "su cartera de impagos. La operación restará 11 millones de euros al resultado del "
        "trimestre."
    )
    (deal,) = deals(es, text, ("Banco Ardoise", "Recobros Tarn"))
    assert deal.amount is None


@pytest.mark.model
def test_the_buyer_told_again_by_its_company_noun_pays_the_price(en) -> None:  # type: ignore[no-untyped-def]
    from tests.test_deals import deals

    text = (
        "An investment group led by Tamsin Holloway has agreed to buy a 30 per cent stake "
        "in Harefield Athletic from its owner Gorse Leisure. The group, Redbank Sport "
        "Partners, will pay £36m."
    )
    (deal,) = deals(
        en, text,
        ("Tamsin Holloway", "Harefield Athletic", "Gorse Leisure", "Redbank Sport Partners"),
    )
    assert deal.type == "Investment"
    assert deal.amount is not None and deal.amount.value == Decimal("36000000")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("La adquisición de la cadena Almacenes Tarn por parte de la chilena Norvale, que "
         "se frustró en mayo por diferencias con los bancos, fue la segunda del año.",
         "Cancelled"),
        # a company may turn something down: the deal stands
        ("La adquisición de la cadena Almacenes Tarn por parte de la chilena Norvale, que "
         "rechazó hacer comentarios, se cerrará en marzo.", "Announced"),
    ],
)
def test_a_relative_clause_that_ends_the_deal_read_on_its_last_name(  # type: ignore[no-untyped-def]
    es, text: str, status: str
) -> None:
    from tests.test_deals import deals

    (deal,) = deals(es, text, ("Almacenes Tarn", "Norvale"))
    assert deal.status == status


@pytest.mark.model
def test_the_combined_value_of_several_deals_is_no_one_deal_s_price(en) -> None:  # type: ignore[no-untyped-def]
    from tests.test_deals import deals

    text = (
        "Norvale Capital is in talks to buy Tarn Foods. It is the ninth takeover of a "
        "listed food company this year, according to Quarry Data, which puts their combined "
        "value at more than £6bn."
    )
    (deal,) = deals(en, text, ("Norvale Capital", "Tarn Foods", "Quarry Data"))
    assert deal.amount is None


def test_a_latin_american_dateline_with_a_source_and_a_point_places_the_story() -> None:
    from kg.origin import dateline_country

    assert dateline_country("MENDOZA (Agencia Andes).- La bodega vendió", "es") == "AR"
