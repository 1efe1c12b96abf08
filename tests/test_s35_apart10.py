"""Session 35, helper apart10 (issue #13): a party named before and taken up again by a
description in the sentence of the deal.

- A bare definite descriptor bought or sold ("Y agreed to buy the miner", "Y comprará
  la conservera") is the organisation the article introduced with that same noun
  ("lithium miner X", "la conservera X"), the latest one if several were
  (``kg.deals.roles._bare_told_as``); a bare one never so introduced ("the brewer" of
  a company only named, "the miner" of one introduced as a brewer) is left alone.
- "explorer" is a descriptor, as "miner" is ("lithium explorer X", "7 per cent of the
  explorer").
- "la venta de la unidad de la cadena a Y": the buyer's "a" phrase the parser hangs on
  the description is no modifier of it (``kg.deals.roles._sold_to``).
- A part held of a bare trade descriptor ("owns 8 per cent of the explorer", "posee el
  10 % de la conservera") is of the company the article introduced with that noun
  (``kg.deals.frames._part_of``); a plural ("of the explorers"), or one no company was
  introduced with, is none.
"""

from __future__ import annotations

from spacy.language import Language

from kg.facts import Deal


def _deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def _roles(deal: Deal) -> set[tuple[str, str]]:
    return {(role, ref.name) for role, ref in deal.roles}


# -- a bare descriptor bought --------------------------------------------------------


def test_bare_miner_is_the_miner_introduced(en: Language) -> None:
    (d,) = _deals(en, "Copper miner Tarnhollow Metals said output rose in May. Brisket Lane "
                 "Capital has agreed to buy the miner for A$90 million.")
    assert _roles(d) == {("target", "Tarnhollow Metals"), ("acquirer", "Brisket Lane Capital")}


def test_bare_brewer_is_the_brewer_introduced(en: Language) -> None:
    (d,) = _deals(en, "Brewer Quillan Ales said sales rose. Fenwold Partners has agreed to "
                 "buy the brewer for £40 million.")
    assert _roles(d) == {("target", "Quillan Ales"), ("acquirer", "Fenwold Partners")}


def test_bare_club_is_the_club_introduced(en: Language) -> None:
    (d,) = _deals(en, "The club Aldermoor Rovers was promoted in May. Greyhaven Capital bought "
                 "the club for £6 million.")
    assert _roles(d) == {("target", "Aldermoor Rovers"), ("acquirer", "Greyhaven Capital")}


def test_bare_conservera_is_the_one_introduced(es: Language) -> None:
    (d,) = _deals(es, "La conservera Ribaseca facturó 50 millones de euros. Grupo Arenal "
                 "comprará la conservera por 30 millones de euros.")
    assert _roles(d) == {("target", "Ribaseca"), ("acquirer", "Grupo Arenal")}


def test_bare_cadena_is_the_chain_introduced(es: Language) -> None:
    (d,) = _deals(es, "La cadena Hoteles Mareira cerró un buen año. Grupo Talavante comprará "
                 "la cadena por 40 millones de euros.")
    assert _roles(d) == {("target", "Hoteles Mareira"), ("acquirer", "Grupo Talavante")}


def test_latest_introduced_with_the_noun_wins(es: Language) -> None:
    (d,) = _deals(es, "La conservera Ribaseca facturó 50 millones de euros. La conservera "
                 "Punta Lobeira perdió dinero. Grupo Arenal comprará la conservera por "
                 "30 millones de euros.")
    assert ("target", "Punta Lobeira") in _roles(d)
    assert ("target", "Ribaseca") not in _roles(d)


def test_brewer_never_introduced_is_left_alone(en: Language) -> None:
    # the company is only named, never called a brewer: "the brewer" may be any
    assert _deals(en, "Quillan Ales said sales rose. Fenwold Partners has agreed to buy "
                      "the brewer for £40 million.") == []


def test_other_noun_introduced_is_left_alone(en: Language) -> None:
    # "the miner" is not the company introduced as a brewer
    assert _deals(en, "Brewer Quillan Ales said sales rose. Fenwold Partners has agreed "
                      "to buy the miner for £40 million.") == []


# -- "explorer" ----------------------------------------------------------------------


def test_explorer_bought(en: Language) -> None:
    (d,) = _deals(en, "Lithium explorer Pindarra Resources said drilling resumed. Corbel "
                 "Mining has agreed to buy the explorer for A$55 million.")
    assert _roles(d) == {("target", "Pindarra Resources"), ("acquirer", "Corbel Mining")}


def test_stake_in_the_explorer(en: Language) -> None:
    (d,) = _deals(en, "Pindarra Resources said drilling at its Cue project resumed. Fund "
                 "manager Wexcombe Capital has bought 7 per cent of the explorer.")
    assert _roles(d) == {("investee", "Pindarra Resources"), ("investor", "Wexcombe Capital")}


def test_nearer_name_in_the_sentence_blocks_it(en: Language) -> None:
    # the club bought is the one just named, not the one introduced before
    deals = _deals(en, "The club Aldermoor Rovers was promoted in May. Greyhaven Capital "
                       "acquired Dunmore City in 2018, two years after Fenwold Partners "
                       "bought the club.")
    assert all(("target", "Aldermoor Rovers") not in _roles(d) for d in deals)


# -- a sale's buyer hung on the description ------------------------------------------


def test_unit_of_the_chain_sold_to(es: Language) -> None:
    # the parser hangs "a Pantallas Miño" on "la cadena": the sale's buyer, no modifier
    (d,) = _deals(es, "Cines Lucerna tiene nueve salas en Asturias. El tribunal aprobó el "
                      "lunes la venta del negocio de la cadena a Pantallas Miño por 3 "
                      "millones de euros.")
    assert _roles(d) == {("target", "Cines Lucerna"), ("acquirer", "Pantallas Miño")}


def test_chain_with_its_own_complement_is_another(es: Language) -> None:
    # "la cadena de boleras": a description of its own, not the cinema company
    deals = _deals(es, "Cines Lucerna tiene nueve salas en Asturias. El tribunal aprobó el "
                       "lunes la venta del negocio de la cadena de boleras a Pantallas Miño "
                       "por 3 millones de euros.")
    assert all(("target", "Cines Lucerna") not in _roles(d) for d in deals)


# -- a part held of a descriptor -----------------------------------------------------


def test_part_held_of_the_explorer(en: Language) -> None:
    (d,) = _deals(en, "Gold explorer Wirrinya Metals said drilling resumed. Kestrel Ridge "
                 "Capital now owns 8 per cent of the explorer.")
    assert _roles(d) == {("investee", "Wirrinya Metals"), ("investor", "Kestrel Ridge Capital")}


def test_part_held_of_the_conservera(es: Language) -> None:
    (d,) = _deals(es, "La conservera Ribaseca facturó 50 millones de euros. El fondo Atalaya "
                 "Capital posee el 10 % de la conservera.")
    assert _roles(d) == {("investee", "Ribaseca"), ("investor", "Atalaya Capital")}


def test_part_held_of_the_explorers_is_none(en: Language) -> None:
    # a plural is many companies, none told before
    assert _deals(en, "Gold explorer Wirrinya Metals said drilling resumed. Kestrel Ridge "
                      "Capital now owns 8 per cent of the explorers.") == []


def test_part_held_of_an_explorer_never_introduced_is_none(en: Language) -> None:
    # no company was called an explorer: the holding is left unread
    deals = _deals(en, "Wirrinya Metals will sell its tenements to Corbel Copper. Kestrel "
                       "Ridge Capital now owns 8 per cent of the explorer.")
    assert all(("investor", "Kestrel Ridge Capital") not in _roles(d) for d in deals)
