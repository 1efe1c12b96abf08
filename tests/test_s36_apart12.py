"""Session 36, helper apart12 (issue #13): English deals whose parties are never named
in one sentence.

- A quoted "we" that is the subject of a control verb or of a predicate adjective
  ("'We agreed to buy Y,' said the chief executive of X", "'We are delighted to
  partner with Y'") is also the unexpressed subject of the infinitive below it, the
  deal word: it speaks for the speaker's company
  (``kg.deals.first_person._controlled``). A "we" that only weighs a deal ("we looked
  at options, including a sale") or says what others did ("we said Y would be bought
  by Z") is still no party.
- A partnership noun that is the subject of its clause, with its one partner named in
  a "with" complement and no possessor ("A joint venture with Y makes fertiliser"),
  is the discourse topic's, as a takeover noun with no agent is
  (``kg.deals.roles.topic_partner``, ``parties:topic-partner``); with another company
  named in the sentence, or with no "with" partner, it is left alone.
- "Y has raised its stake in the company to 15%": no company holds a stake in itself,
  so the description in a stake noun's "in" complement is not the subject of the
  verb whose object the stake is, whom it would otherwise name as the company told
  last (``kg.deals.roles._holder_of_stake``).
"""

from __future__ import annotations

from spacy.language import Language

from kg.facts import Deal


def _deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def _roles(deal: Deal) -> set[tuple[str, str]]:
    return {(role, ref.name) for role, ref in deal.roles}


# -- a quoted "we" controlling the deal word ------------------------------------------


def test_we_agreed_to_buy_is_the_speakers_company(en: Language) -> None:
    (d,) = _deals(en, '"We agreed to buy Pellow Glass in the spring," said Ivo Marsh, chief '
                 "executive of Quarrendon Tiles.")
    assert _roles(d) == {("target", "Pellow Glass"), ("acquirer", "Quarrendon Tiles")}


def test_we_are_delighted_to_sell_is_the_speakers_company(en: Language) -> None:
    (d,) = _deals(en, '"We are delighted to sell the quarry to Pellow Glass," said Ivo Marsh, '
                 "chief executive of Quarrendon Tiles.")
    assert ("seller", "Quarrendon Tiles") in _roles(d)
    assert {ref.name for _, ref in d.roles} == {"Pellow Glass", "Quarrendon Tiles"}


def test_we_are_thrilled_to_be_investing(en: Language) -> None:
    (d,) = _deals(en, '"We are thrilled to be investing in Pellow Glass," said Ivo Marsh, '
                 "chief executive of Quarrendon Tiles.")
    assert _roles(d) == {("investee", "Pellow Glass"), ("investor", "Quarrendon Tiles")}


def test_we_who_only_weigh_a_sale_make_no_deal(en: Language) -> None:
    assert _deals(en, '"We looked at options, including a sale to Pellow Glass," said Ivo '
                  "Marsh, chief executive of Quarrendon Tiles.") == []


def test_we_happy_to_see_prices_rise_make_no_deal(en: Language) -> None:
    assert _deals(en, '"We are happy to see prices rise," said Ivo Marsh, chief executive '
                  "of Quarrendon Tiles.") == []


# -- a partnership noun with one partner and no possessor ------------------------------


def test_venture_with_one_partner_is_the_topics(en: Language) -> None:
    (d,) = _deals(en, "Quarrendon Tiles lifted its profit in May. Quarrendon said exports "
                 "rose. A joint venture with Sallow Clays makes roof tiles near Leeds.")
    assert _roles(d) == {("partner", "Sallow Clays"), ("partner", "Quarrendon Tiles")}


def test_venture_with_no_partner_named_is_none(en: Language) -> None:
    assert _deals(en, "Quarrendon Tiles lifted its profit in May. Quarrendon said exports "
                  "rose. The joint venture makes roof tiles near Leeds.") == []


def test_venture_beside_another_company_is_left_alone(en: Language) -> None:
    deals = _deals(en, "Quarrendon Tiles lifted its profit in May. Quarrendon said exports "
                   "rose. A joint venture with Sallow Clays makes roof tiles for Orrin Homes.")
    assert all(("partner", "Quarrendon Tiles") not in _roles(d) for d in deals)


# -- a stake in a description, raised by its holder ----------------------------------


def test_raised_stake_in_the_company_is_in_the_company_before(en: Language) -> None:
    (d,) = _deals(en, "Quarrendon Tiles lifted its profit in May. Sallow Clays has raised "
                 "its stake in the company to 12%.")
    assert _roles(d) == {("investee", "Quarrendon Tiles"), ("investor", "Sallow Clays")}


def test_raised_stake_in_a_named_company_is_unchanged(en: Language) -> None:
    (d,) = _deals(en, "Quarrendon Tiles lifted its profit in May. Sallow Clays has raised "
                 "its stake in Orrin Homes to 12%.")
    assert _roles(d) == {("investee", "Orrin Homes"), ("investor", "Sallow Clays")}
