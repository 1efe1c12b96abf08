"""Session 38, helper apart16 (issue #13): English deals whose parties are never named
in one sentence.

- A pension trust or scheme is a fund: "pension" says the trade "fund" (``trade_words``
  in ``lexicon/deals.toml``), so "the pension fund" that opens the sentence after one
  naming "X Pension Trust" is X, the one candidate of that trade
  (``kg.deals.agree.last_sentence_fit``), not the company that sentence is about. A
  company of no trade named there is not made a fund.
- A fraction held of a company ("holds roughly a third of the company", "owns a fifth
  of Y") is a part of it, as "30 per cent of the company" is
  (``kg.deals.roles.fraction_of_company``, read by ``kg.deals.frames._stake_held``); a
  third of something else ("of the company's debt") is no part of a company.
- "A plan to sell the company to Y": "the company" that an English verb of buying or
  selling says changes hands is one whose ownership the story follows, the company last
  told as bought (``kg.deals.refer.traded_theme``, ``owned_company``), not the buyer
  named most often before it.
- A single line break only wraps a sentence (subtitles, text filled to a width) when
  the line ends on a word no sentence ends with ("with", "the") or the next line opens
  in lower case (``kg.nlp._wrapped``, read by ``kg_sentence_starts``); a blank line
  still ends the sentence.
- A circular whose front page opens with a legend ("THIS PAPER MATTERS ... If you are
  unsure ..., ask your adviser.") before its heading: "the Company" is the one company
  named alone on a line of its first lines (``kg.deals.refer._alone_before_term``), and
  "12.5 per cent of the Company's share capital" is a part of it
  (``kg.deals.frames._part_of``). Two companies so named name no issuer.
- A subtitle's cue number and timing line hold no word and are no sentences of the
  text: "The seller is Z" after them still joins the deal told just before
  (``kg.deals.roles._worded_between``); three worded sentences on, it does not.
"""

from __future__ import annotations

from spacy.language import Language

from kg.facts import Deal


def _deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def _roles(deal: Deal) -> set[tuple[str, str]]:
    return {(role, ref.name) for role, ref in deal.roles}


# -- "the pension fund" -------------------------------------------------------------


def test_pension_fund_is_the_pension_trust_before(en: Language) -> None:
    deals = _deals(en, "Kerio Mills Plc wants to raise KSh 900 million in a rights issue "
                   "underwritten by Rift Pension Trust. The pension fund holds a 30% stake "
                   "in Kerio Mills.")
    assert any(_roles(d) == {("investor", "Rift Pension Trust"), ("investee", "Kerio Mills")}
               for d in deals)


def test_pension_fund_is_no_company_of_another_kind(en: Language) -> None:
    deals = _deals(en, "Kerio Mills Plc wants to raise KSh 900 million in a rights issue "
                   "underwritten by Rift Logistics. The pension fund holds a 30% stake "
                   "in Kerio Mills.")
    assert all(("investor", "Rift Logistics") not in _roles(d) for d in deals)


# -- a fraction held -----------------------------------------------------------------


def test_third_of_the_company_is_a_part_held(en: Language) -> None:
    deals = _deals(en, "Dunmore Mills has taken a £60m loan from its bankers. Larne "
                   "Capital, an investor since 2015, holds roughly a third of the company.")
    assert any(_roles(d) == {("investor", "Larne Capital"), ("investee", "Dunmore Mills")}
               for d in deals)


def test_fifth_of_a_named_company_is_a_part_held(en: Language) -> None:
    deals = _deals(en, "Larne Capital owns a fifth of Dunmore Mills.")
    assert any(_roles(d) == {("investor", "Larne Capital"), ("investee", "Dunmore Mills")}
               for d in deals)


def test_third_of_the_companys_debt_is_no_part(en: Language) -> None:
    deals = _deals(en, "Dunmore Mills has taken a £60m loan from its bankers. Larne "
                   "Capital, an investor since 2015, holds roughly a third of the "
                   "company's debt.")
    assert all(("investor", "Larne Capital") not in _roles(d) for d in deals)


# -- "the company" sold --------------------------------------------------------------


def test_company_sold_is_the_one_bought_before(en: Language) -> None:
    deals = _deals(en, "Ryde Marine Holdings (RMH) bought Cowes Sailmakers from its "
                   "founder for £5m in 2022. Two years before, a plan to sell the company "
                   "to Itchen Yacht Services fell through.")
    assert any(_roles(d) == {("target", "Cowes Sailmakers"),
                             ("acquirer", "Itchen Yacht Services")} for d in deals)
    assert all(("target", "Ryde Marine") not in _roles(d) for d in deals)


def test_company_with_a_possessor_sold_is_left_alone(en: Language) -> None:
    deals = _deals(en, "Ryde Marine Holdings (RMH) bought Cowes Sailmakers from its "
                   "founder for £5m in 2022. Two years before, a plan to sell the "
                   "company's yard to Itchen Yacht Services fell through.")
    assert all(("acquirer", "Itchen Yacht Services") not in _roles(d)
               or ("target", "Cowes Sailmakers") not in _roles(d) for d in deals)


# -- a sentence wrapped over two lines -----------------------------------------------


_KEPT = "Brackley Foods will keep every worker at the plant.\n\n"


def test_line_ending_on_a_preposition_runs_on(en: Language) -> None:
    deals = _deals(en, _KEPT + "The company has also agreed to buy milk from\nOrmsby Dairies "
                   "under a five-year contract.\n")
    assert any(_roles(d) == {("buyer", "Brackley Foods"), ("seller", "Ormsby Dairies")}
               for d in deals)


def test_line_opening_in_lower_case_runs_on(en: Language) -> None:
    deals = _deals(en, _KEPT + "The company has also agreed to buy milk\nfrom Ormsby Dairies "
                   "under a five-year contract.\n")
    assert any(_roles(d) == {("buyer", "Brackley Foods"), ("seller", "Ormsby Dairies")}
               for d in deals)


def test_blank_line_still_ends_the_sentence(en: Language) -> None:
    deals = _deals(en, _KEPT + "The company has also agreed to buy milk\n\nOrmsby Dairies "
                   "sells cheese under a five-year contract.\n")
    assert all(("seller", "Ormsby Dairies") not in _roles(d) for d in deals)


# -- a circular's issuer after its legend --------------------------------------------


_LEGEND = ("THIS PAPER MATTERS AND NEEDS YOUR PROMPT ATTENTION.\nIf you are unsure what "
           "to do, you should ask your broker, lawyer or another independent adviser.\n\n")
_ISSUER = "HALDANE HOTELS PLC\n(Registered in Scotland)\n\nProposed purchase of Glenbrae Lodges\n\n"
_BODY = ("1. The Purchase.\nOn 2 March the Company agreed to buy the whole share capital of "
         "Glenbrae Lodges Limited for £9 million.\nThe Ardmore Family Trust, which holds 12.5 "
         "per cent of the Company's share capital, supports the plan.\n")


def test_company_after_a_legend_is_the_issuer_on_its_own_line(en: Language) -> None:
    deals = _deals(en, _LEGEND + _ISSUER + _BODY)
    assert any(("acquirer", "HALDANE HOTELS") in _roles(d)
               and ("target", "Glenbrae Lodges") in _roles(d) for d in deals)
    assert any(_roles(d) == {("investor", "Ardmore Family Trust"),
                             ("investee", "HALDANE HOTELS")} for d in deals)


def test_two_companies_alone_on_their_lines_name_no_issuer(en: Language) -> None:
    deals = _deals(en, _LEGEND + _ISSUER.replace("(Registered in Scotland)", "KELSO INNS PLC")
                   + _BODY)
    assert all(("acquirer", "HALDANE HOTELS") not in _roles(d) for d in deals)
    assert all(("investee", "HALDANE HOTELS") not in _roles(d) for d in deals)


# -- a subtitle's cue lines ----------------------------------------------------------


_CUES = ("1\n00:00:01,000 --> 00:00:04,000\nDanish company Harrow Oils has agreed to buy "
         "Tanna Copra Works\nfor VT 400 million.\n\n2\n00:00:04,200 --> 00:00:08,000\n")


def test_role_noun_after_a_subtitle_cue_joins_the_deal(en: Language) -> None:
    deals = _deals(en, _CUES + "The seller is Lenakel businessman Paul Kalo,\nwho has run "
                   "the works since 2001.\n")
    assert any(("seller", "Paul Kalo") in _roles(d) and ("acquirer", "Harrow Oils") in _roles(d)
               for d in deals)


def test_role_noun_three_worded_sentences_on_is_left_alone(en: Language) -> None:
    deals = _deals(en, _CUES + "Copra prices rose. Farmers are glad. Exports grew.\nThe "
                   "seller is Lenakel businessman Paul Kalo.\n")
    assert all(("seller", "Paul Kalo") not in _roles(d) for d in deals)
