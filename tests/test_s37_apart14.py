"""Session 37, helper apart14 (issue #13): English deals whose parties are never named
in one sentence.

- A person the sentence calls a shareholder ("Minority shareholder X, who holds 2.1
  per cent, ...", "X, a shareholder, owns 3 per cent") holds a part of a company as an
  investor does, unlike a founder or an officer, whose own part only says who owns it
  (``kg.deals.tacit.shareholder_holds``, ``parties:shareholder-part``); and a holder so
  called, person or company, holds a part of the company in play in the story, the
  target of its takeover (``kg.deals.tacit.part_of_topic``, ``parties:part-of-target``).
  A person the sentence does not call a shareholder is still left alone.
- "The company" / "la empresa" never stands for a public body: an organisation whose
  name is headed by a word of ``public_body_heads`` (``lexicon/deals.toml``: "Department",
  "Ministry", "Council") before its complement ("the Ohio Department of Labor") is no
  trading company, however recently it was the subject
  (``kg.deals.agree.public_bodies_apart``). A company whose name only holds such a word
  after its complement, or another head ("Ardley Media Agency"), is not concerned.
- "We" holding talks about a deal with no speaker near ("Dear friends of X, ... we are
  in talks with Y about a partnership") is the text's own voice, the organisation its
  greeting or signature names, as "we" doing the deal itself is
  (``kg.deals.negotiation._we_holding``, ``parties:talks-holder-voice``); a quoted "we"
  whose speaker speaks for no organisation is still nobody.
- "in talks with Y on a partnership" where the parser hangs the topic on the name Y:
  a company has no topic, so the phrase is the talks' (``kg.deals.negotiation.
  _talks_partnered``).
"""

from __future__ import annotations

from spacy.language import Language

from kg.deals.agree import _public_body
from kg.facts import Deal


def _deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def _roles(deal: Deal) -> set[tuple[str, str]]:
    return {(role, ref.name) for role, ref in deal.roles}


_SQUEEZE = ("Harlow Grain Foods is to buy out the last holders of Benning Rice Mills "
            "now that its bid has secured 93 per cent of the rice business. ")


# -- a shareholder's bare part -------------------------------------------------------


def test_minority_shareholder_holds_part_of_target(en: Language) -> None:
    deals = _deals(en, _SQUEEZE + "Minority shareholder Tomas Reyes, who holds 2.4 per "
                   "cent, plans to challenge the terms before a judge.")
    assert any(_roles(d) == {("investor", "Tomas Reyes"), ("investee", "Benning Rice Mills")}
               for d in deals)


def test_person_not_called_shareholder_is_left_alone(en: Language) -> None:
    deals = _deals(en, _SQUEEZE + "Tomas Reyes, who holds 2.4 per cent, plans to "
                   "challenge the terms before a judge.")
    assert all(("investor", "Tomas Reyes") not in _roles(d) for d in deals)


def test_founder_part_is_left_alone(en: Language) -> None:
    deals = _deals(en, _SQUEEZE + "Co-founder Tomas Reyes, who holds 2.4 per cent, plans "
                   "to challenge the terms before a judge.")
    assert all(("investor", "Tomas Reyes") not in _roles(d) for d in deals)


# -- "the company" is no public body -------------------------------------------------


def test_company_is_not_the_department_before(en: Language) -> None:
    deals = _deals(en, "Morin Paper Mills said it would spend $20 million on a new boiler. "
                   "Public money helps: the Vermont Department of Labor has approved "
                   "a $2 million training grant. The company agreed last week to purchase "
                   "heat from Ardent Energy under a twelve-year contract.")
    assert any(_roles(d) == {("buyer", "Morin Paper Mills"), ("seller", "Ardent Energy")}
               for d in deals)
    assert all(("buyer", "Vermont Department of Labor") not in _roles(d) for d in deals)


def test_company_after_a_company_subject_is_read_as_before(en: Language) -> None:
    # no public body in between: the company told last as the subject, as always
    deals = _deals(en, "Morin Paper Mills said it would spend $20 million on a new boiler. "
                   "The company agreed last week to purchase heat from Ardent Energy under "
                   "a twelve-year contract.")
    assert any(_roles(d) == {("buyer", "Morin Paper Mills"), ("seller", "Ardent Energy")}
               for d in deals)


def test_public_body_by_head_of_name() -> None:
    assert _public_body("Vermont Department of Labor")
    assert _public_body("Department of Highways and Public Works")
    assert _public_body("Ministerio de Industria")
    assert _public_body("Tamworth Borough Council")
    # a company: no such head, or the word only in the complement
    assert not _public_body("Ardley Media Agency")
    assert not _public_body("Bank of the Ministry Quarter")
    assert not _public_body("Morin Paper Mills")


# -- "we" holding talks, in a letter -------------------------------------------------

_LETTER = ("Dear friends of Lamu Sands Resort,\n"
           "Since the sale, several guests wrote in with questions about the season. ")


def test_letter_we_in_talks_is_the_greeted_organisation(en: Language) -> None:
    deals = _deals(en, _LETTER + "We are in talks with Coral Keepers Trust about a "
                   "partnership.")
    assert any(_roles(d) == {("partner", "Coral Keepers Trust"),
                             ("partner", "Lamu Sands Resort")} for d in deals)


def test_topic_hung_on_the_talks_partner(en: Language) -> None:
    deals = _deals(en, _LETTER + "We are also in talks with the Harbour Seabird Trust on "
                   "a nesting-survey partnership for the northern cliffs.")
    assert any(_roles(d) == {("partner", "Harbour Seabird Trust"),
                             ("partner", "Lamu Sands Resort")} for d in deals)


def test_quoted_we_of_a_speaker_with_no_company_is_nobody(en: Language) -> None:
    deals = _deals(en, '"We are in talks with Coral Keepers Trust about a partnership," '
                   "said Ann Lee.")
    assert all(len(d.roles) < 2 for d in deals)
