"""Session 35, helper unread6 (issue #13): deal wordings kg did not read.

- "X entró con un 35 % en el capital de Y": the parser hangs "en el capital de Y" on
  the percentage, so the part entered is counted in a capital noun as "del capital de
  Y" is (``kg.deals.frames._capital_part``), and the noun does as the verb does ("la
  entrada de X con un 35 % en el capital de Y", ``capital_part_entered``).
- "X anunció su entrada con un 35 % en el capital de Y", "X completó su entrada en Y
  con un 20 %": the parser hangs the entry noun's complements on the verb it is the
  object of; those after the noun are the noun's (``kg.deals.longform.entry_args``),
  and a noun with the part it enters with, there or on the noun, is no bare reference
  back (``kg.deals.roles._entry_with_part``).
  An entry into a market ("su entrada en el mercado de Y con un 20 % de cuota") or a
  ticket ("vende la entrada con un 30 % de descuento") is none.
- The nouns of the other verbs of entering ("el desembarco / la irrupción / el
  aterrizaje de X en el capital de Y") are read as "entrada" is (``enter_nouns`` in
  lexicon/deals.toml); a landing in a country or a market is none.
"""

from __future__ import annotations

from spacy.language import Language
from test_s32_unread import _deals, _one, _roles

# -- a part entered, counted in a capital noun -------------------------------------------


def test_entered_with_part_in_capital(es: Language) -> None:
    d = _one(es, "Alvarena Capital entró con un 35% en el capital de Industrias Tornesa SA.")
    assert d.type == "Investment"
    assert _roles(d) == {("investor", "Alvarena Capital"), ("investee", "Industrias Tornesa")}


def test_entry_noun_with_part_in_capital(es: Language) -> None:
    d = _one(es, "La entrada de Brisel Inversiones con un 25% en el capital de "
                 "Conservas Maruela SA se cerró ayer.")
    assert d.type == "Investment"
    assert _roles(d) == {("investor", "Brisel Inversiones"), ("investee", "Conservas Maruela")}


# -- the entry noun's complements hung on its verb -----------------------------------------


def test_announced_entry_with_part_in_capital(es: Language) -> None:
    d = _one(es, "Alvarena Capital anunció su entrada con un 35% en el capital de "
                 "Industrias Tornesa SA.")
    assert d.type == "Investment"
    assert _roles(d) == {("investor", "Alvarena Capital"), ("investee", "Industrias Tornesa")}


def test_closed_entry_by_fund_with_part_in_capital(es: Language) -> None:
    d = _one(es, "El fondo Quenta Partners cerró su entrada con un 40% en el capital de "
                 "Talleres Oberón SL.")
    assert _roles(d) == {("investor", "Quenta Partners"), ("investee", "Talleres Oberón")}


def test_entry_noun_with_its_own_part_takes_the_verb_subject(es: Language) -> None:
    # "con un 40 %" parsed on the noun: still the noun's own argument, no bare reference
    d = _one(es, "El fondo Quenta Partners anunció el lunes su entrada con un 40% en el "
                 "capital de Talleres Oberón SL.")
    assert _roles(d) == {("investor", "Quenta Partners"), ("investee", "Talleres Oberón")}
    assert d.status == "Announced"


def test_completed_entry_into_named_company(es: Language) -> None:
    d = _one(es, "Alvarena Capital ha completado su entrada en Industrias Tornesa SA "
                 "con un 20%.")
    assert d.type == "Investment"
    assert _roles(d) == {("investor", "Alvarena Capital"), ("investee", "Industrias Tornesa")}


def test_studied_entry_is_rumoured(es: Language) -> None:
    d = _one(es, "Brisel Inversiones estudia su entrada con un 15% en el capital de "
                 "Conservas Maruela SA.")
    assert _roles(d) == {("investor", "Brisel Inversiones"), ("investee", "Conservas Maruela")}
    assert d.status == "Rumoured"


# -- near misses -------------------------------------------------------------------------


def test_entry_into_a_market_is_none(es: Language) -> None:
    assert not _deals(es, "Alvarena Capital anunció su entrada en el mercado de "
                          "Industrias Tornesa SA con un 20% de cuota.")


def test_ticket_at_a_discount_is_none(es: Language) -> None:
    assert not _deals(es, "Alvarena Capital vende la entrada con un 30% de descuento en "
                          "el estadio de Industrias Tornesa SA.")


def test_entry_into_a_country_is_none(es: Language) -> None:
    assert not _deals(es, "Alvarena Capital anunció su entrada en Portugal con un 20% de "
                          "la red de Industrias Tornesa SA.")


# -- the other nouns of entering a capital -------------------------------------------------


def test_landing_noun_in_capital(es: Language) -> None:
    d = _one(es, "El desembarco de Brisel Inversiones en el capital de Conservas Maruela "
                 "se cerró ayer.")
    assert d.type == "Investment"
    assert _roles(d) == {("investor", "Brisel Inversiones"), ("investee", "Conservas Maruela")}


def test_completed_landing_in_shareholding(es: Language) -> None:
    d = _one(es, "Quenta Partners culminó su desembarco en el accionariado de Talleres "
                 "Oberón.")
    assert _roles(d) == {("investor", "Quenta Partners"), ("investee", "Talleres Oberón")}


def test_irruption_and_touchdown_nouns_in_capital(es: Language) -> None:
    d = _one(es, "La irrupción de Brisel Inversiones en el accionariado de Conservas "
                 "Maruela sorprendió al mercado.")
    assert _roles(d) == {("investor", "Brisel Inversiones"), ("investee", "Conservas Maruela")}
    d = _one(es, "El aterrizaje de Quenta Partners en el capital de Talleres Oberón con un "
                 "10% se cerró ayer.")
    assert _roles(d) == {("investor", "Quenta Partners"), ("investee", "Talleres Oberón")}


def test_landing_in_a_country_or_a_market_is_none(es: Language) -> None:
    assert not _deals(es, "Grupo Selwyn prepara su desembarco en México con una inversión "
                          "de 50 millones.")
    assert not _deals(es, "La irrupción de Brisel Inversiones en el mercado del aceite "
                          "preocupa a Conservas Maruela.")
