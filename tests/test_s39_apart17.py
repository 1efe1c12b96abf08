"""Session 39, helper apart17 (issue #13): English deals whose parties are never named
in one sentence.

- A retirement or superannuation trust is a pension fund: "retirement" and
  "superannuation" say the trade "fund" (``trade_words`` in ``lexicon/deals.toml``), so
  "the pension fund" after "X Retirement Trust" is X (``kg.deals.agree.
  last_sentence_fit``), as after "X Pension Trust" (apart16). An editor's note set in
  brackets ("[The pension fund already holds ...]") still opens its sentence with the
  description (``kg.deals.agree._opens``).
- "Scottish Leisure, which runs two hotel chains, ..." after "Scottish Leisure
  Partners": words the model took alone for other kinds of name (a nationality, a
  person) inside a run of capitals that spells a short form of one of the article's
  organisations give way to it (``kg.entities.sense._inside_short_names``), so "it" in
  the sentence after continues that organisation. A run that goes on into more capitals
  ("The Scottish Leisure Centre") is another name.
- "... from Harwick Tiger Fund. Sable Peak Capital managing director R will join the
  board of Y. The fund, which ...": a description that opens its sentence right after
  the one company of its trade the sentence before names is that company, not an
  earlier one whose name only ends in the description's noun
  (``kg.deals.refer._trade_just_named``); two fitting companies no longer leave it to
  salience when only one was named just before (``last_sentence_fit``). With no
  company of the trade named just before, the namesake stands.
- "That win vindicates last year's purchase of Y, chief executive Z said": once the
  speaker a takeover noun had taken for its buyer is dropped (``kg.deals.speaker``),
  the noun has no agent and is the topic's, as ``topic_acquirer`` reads it
  (``kg.deals.roles.noun_topic_acquirer``). A noun with a possessor of its own ("his
  purchase") is left as it was read. A deal noun whose possessor is a span of time
  gone by ("last year's purchase") is dated in the past, so done
  (``kg.deals.status._last_periods``, read by ``_dated_past_noun``); "this year's" is
  not.
"""

from __future__ import annotations

from spacy.language import Language

from kg.facts import Deal


def _deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def _roles(deal: Deal) -> set[tuple[str, str]]:
    return {(role, ref.name) for role, ref in deal.roles}


# -- "the pension fund" of a retirement trust ----------------------------------------

_NOTICE = ("Orvale Foods Plc plans to buy Molo Dairies. {open}The Rift Valley Competition "
           "Board approved the purchase on Friday.{close} The directors also seek approval to "
           "raise KSh 800 million in a rights issue, with {fund} as sole underwriter. ")
_HELD = "The pension fund has held a 25% stake in Orvale Foods since 2019."


def test_pension_fund_is_the_retirement_trust_before(en: Language) -> None:
    deals = _deals(en, _NOTICE.format(open="", close="", fund="Baringo Retirement Trust")
                   + _HELD)
    assert any(_roles(d) == {("investor", "Baringo Retirement Trust"),
                             ("investee", "Orvale Foods")} for d in deals)


def test_pension_fund_in_brackets_is_the_trust_before(en: Language) -> None:
    deals = _deals(en, _NOTICE.format(open="[", close="]", fund="Baringo Pension Trust")
                   + f"[{_HELD}]")
    assert any(_roles(d) == {("investor", "Baringo Pension Trust"),
                             ("investee", "Orvale Foods")} for d in deals)


def test_pension_fund_is_no_company_of_no_trade(en: Language) -> None:
    deals = _deals(en, _NOTICE.format(open="[", close="]", fund="Baringo Haulage")
                   + f"[{_HELD}]")
    assert all(("investor", "Baringo Haulage") not in _roles(d) for d in deals)


# -- a short form the model split ----------------------------------------------------

_APPROACH = ("Harbourline Tours turned down an approach from buyout firm Scottish Leisure "
             "Partners on Monday. {second} In 2023 it bought Rangitoto Ferries for NZ$40 "
             "million.")


def test_short_form_the_model_split_is_the_organisation(en: Language) -> None:
    doc = en(_APPROACH.format(
        second="Scottish Leisure, which runs two hotel chains, is a regular buyer here."))
    partners = next(e for e in doc._.kg_entities if e.name == "Scottish Leisure Partners")
    assert len(partners.mentions) == 2
    assert any(_roles(d) == {("target", "Rangitoto Ferries"),
                             ("acquirer", "Scottish Leisure Partners")}
               for d in doc._.kg_deals)


def test_longer_run_of_capitals_is_another_name(en: Language) -> None:
    doc = en(_APPROACH.format(
        second="The Scottish Leisure Centre, which opened in May, is busy."))
    partners = next(e for e in doc._.kg_entities if e.name == "Scottish Leisure Partners")
    assert len(partners.mentions) == 1


# -- a description of the trade just named -------------------------------------------

_BOARD = ("Last year Brisota Labs raised $40 million from Harwick Tiger Fund. {second} The "
          "fund, which manages $1.2 billion, also owns 12% of Kestrel Diagnostics.")


def test_fund_is_the_fund_just_named_not_the_namesake(en: Language) -> None:
    deals = _deals(en, _BOARD.format(second="Sable Peak Capital managing director Ravi "
                                     "Menon will join the board of Dunmore Health."))
    assert any(_roles(d) == {("investor", "Sable Peak Capital"),
                             ("investee", "Kestrel Diagnostics")} for d in deals)


def test_fund_is_the_namesake_when_none_is_just_named(en: Language) -> None:
    deals = _deals(en, _BOARD.format(second="Ravi Menon, a banker, will join the board of "
                                     "Dunmore Health."))
    assert any(_roles(d) == {("investor", "Harwick Tiger Fund"),
                             ("investee", "Kestrel Diagnostics")} for d in deals)


# -- a speaker dropped from a takeover noun ------------------------------------------

_ORDER = ("Halvard Optics has signed a £200m contract with the Royal Navy to supply "
          "periscopes. The ten-year deal was signed on Monday, the company said. Halvard "
          "will hand part of the work to Leeds Glassworks under a £20m subcontract. That win "
          "vindicates {whose} £90m purchase of Brenna Sensors, whose lenses sit in each "
          "periscope, chief executive Tomas Reed said.")


def test_takeover_noun_a_speaker_comments_on_is_the_topics(en: Language) -> None:
    deals = _deals(en, _ORDER.format(whose="last year's"))
    assert any(_roles(d) == {("target", "Brenna Sensors"), ("acquirer", "Halvard Optics")}
               for d in deals)
    assert all(("acquirer", "Tomas Reed") not in _roles(d) for d in deals)


def test_takeover_noun_with_a_possessor_names_no_topic_buyer(en: Language) -> None:
    deals = _deals(en, _ORDER.format(whose="his"))
    assert all("parties:topic-acquirer" not in d.rules for d in deals)


_CREDITED = "The order vindicates {whose} £90m purchase of Brenna Sensors by Halvard Optics."


def test_last_years_purchase_is_done(en: Language) -> None:
    deals = _deals(en, _CREDITED.format(whose="last year's"))
    assert [d.status for d in deals] == ["Completed"]


def test_this_years_purchase_is_not_dated_past(en: Language) -> None:
    deals = _deals(en, _CREDITED.format(whose="this year's"))
    assert all("status:Completed<-dated-past-noun" not in d.rules for d in deals)
