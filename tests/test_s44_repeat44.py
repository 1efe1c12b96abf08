"""Session 44, helper repeat44 (issue #13): one event told twice made into two deals
(sentences written for these tests, names invented).

- An agreement word in a sentence that tells again a deal between the very same
  parties is that deal, whatever sum the parse hung on the word: "Ostrava will invest
  $500 million in Kellan now and up to $1.5 billion later, lifting the total deal size
  to $2 billion" makes no partnership besides the investment told before
  (``kg.deals.merge._deal_told_again_here``, merge:agreement-of-deal-told-again).
- A later takeover of the same companies with the buyer of the one the target of the
  other is the same takeover with a company misread: "Fjordvik dropped its takeover of
  Baltara ... the Norwegian group had agreed to acquire most of the firm", read with
  Fjordvik the firm bought; "X vende su negocio a Y ... acordó vender su división a la
  peruana Y" (``kg.deals.merge._fold_takeovers_told_both_ways``,
  merge:takeover-told-both-ways). The telling read more fully keeps its roles; the
  other brings the sellers it adds.
- An agreement the definite article presents as known ("the agreement between X and
  Y", "el acuerdo entre X e Y"), between parties of a deal told before, is that deal's
  agreement even with another figure hung on it; "firmaron un acuerdo de 50 millones"
  (indefinite) is a new one (``kg.deals.merge._definite_told_back``,
  merge:definite-agreement-told-back).
- A takeover and the investment it is also told as are one event even when one of them
  names who sold: "Ferro bought 60% of Lindell from Tarn Capital ... Ferro's investment
  in Lindell" (``kg.deals.merge._one_event``, the seller a third party,
  merge:one-event-retold).
"""

from __future__ import annotations

from decimal import Decimal

from spacy.language import Language

from kg.deals.mention import Mention
from kg.deals.merge import _fold_takeovers_told_both_ways, _one_event, merge
from kg.facts import Amount, Deal, EntityRef, Span

SENTENCES = [Span(s, s + len(w), w) for s, w in ((0, "Uno."), (5, "Dos."), (10, "Tres."))]


def _org(name: str) -> EntityRef:
    return EntityRef("org", name)


BUYER, TARGET, SELLER, OTHER = _org("Buyer"), _org("Target"), _org("Seller"), _org("Other")


def _mention(type_: str, *roles: tuple[str, EntityRef], sent: int = 0,
             amount: Amount | None = None, rule: str = "frame:test") -> Mention:
    return Mention(type=type_, roles=list(roles), sent=sent, evidence=SENTENCES[sent],
                   trigger=sent * 10, status="Announced", amount=amount, rules=[rule])


def _deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def _roles(deal: Deal) -> set[tuple[str, str]]:
    return {(role, ref.name) for role, ref in deal.roles}


# -- an agreement word in a sentence that tells a deal again ---------------------------


_INVEST_EN = (
    "Ostrava Steelworks expects to invest as much as $2 billion in Kellan Robotics, both "
    "firms announced. The alliance targets welding lines. Ostrava Steelworks will invest "
    "$500 million in Kellan Robotics now and up to $1.5 billion later, lifting the total "
    "deal size to $2 billion."
)


def test_deal_word_in_retelling_sentence_is_that_deal_en(en: Language) -> None:
    deals = _deals(en, _INVEST_EN)
    assert len(deals) == 1
    (deal,) = deals
    assert deal.type == "Investment"
    assert _roles(deal) == {("investor", "Ostrava Steelworks"), ("investee", "Kellan Robotics")}
    assert "merge:agreement-of-deal-told-again" in deal.rules


def test_agreement_of_deal_told_again_needs_every_party() -> None:
    """The deal word joins the investment its sentence retells even with another sum
    hung on it (language-neutral: the rule reads mentions); a contract with a third
    company in that sentence is no part of it: the deal must hold all the agreement's
    parties."""
    invest = _mention("Investment", ("investor", BUYER), ("investee", TARGET), sent=0,
                      amount=Amount(SENTENCES[0], "EUR", value=Decimal(500)))
    again = _mention("Investment", ("investor", BUYER), ("investee", TARGET), sent=1)
    deal_word = _mention("Agreement", ("partner", BUYER), ("partner", TARGET), sent=1,
                         amount=Amount(SENTENCES[1], "EUR", value=Decimal(100)),
                         rule="frame:acuerdo_n(acuerdo)")
    other = _mention("Agreement", ("partner", BUYER), ("partner", OTHER), sent=1,
                     rule="frame:agreement_n(deal)")
    deals = merge([invest, again, deal_word])
    assert [d.type for d in deals] == ["Investment"]
    assert deals[0].amount is not None and deals[0].amount.value == 500
    assert "merge:agreement-of-deal-told-again" in deals[0].rules
    invest = _mention("Investment", ("investor", BUYER), ("investee", TARGET), sent=0)
    again = _mention("Investment", ("investor", BUYER), ("investee", TARGET), sent=1)
    assert sorted(d.type for d in merge([invest, again, other])) == [
        "Investment", "Partnership"]


# -- a takeover told both ways round ----------------------------------------------------


def test_sale_retold_with_the_buyer_read_as_sold_es(es: Language) -> None:
    deals = _deals(es, (
        "Textiles Ribera vende su negocio de hilaturas a Hilanor por 60 millones de euros\n\n"
        "LIMA, 3 mar (Reuters) - Textiles Ribera acordó vender su división de hilaturas a la "
        "peruana Hilanor por 60 millones de dólares, dijo la empresa el martes."
    ))
    assert len(deals) == 1
    assert _roles(deals[0]) == {("acquirer", "Hilanor"), ("seller", "Textiles Ribera")}
    assert "merge:takeover-told-both-ways" in deals[0].rules


def test_fuller_telling_keeps_its_roles() -> None:
    """A first telling with no buyer ("the target and its seller") gives way to a later
    one that names the buyer; the first told wins on a tie, and the other's seller joins."""
    first = _mention("Acquisition", ("target", BUYER), ("seller", SELLER), sent=0)
    later = _mention("Acquisition", ("acquirer", BUYER), ("seller", SELLER), sent=1)
    (deal,) = _fold_takeovers_told_both_ways([first, later])
    assert deal is later and "merge:takeover-told-both-ways" in deal.rules
    first = _mention("Acquisition", ("acquirer", BUYER), ("target", TARGET), sent=0)
    later = _mention("Acquisition", ("acquirer", TARGET), ("target", BUYER),
                     ("seller", SELLER), sent=1)
    (deal,) = _fold_takeovers_told_both_ways([first, later])
    assert deal is first
    assert set(deal.roles) == {("acquirer", BUYER), ("target", TARGET), ("seller", SELLER)}


def test_takeovers_of_other_companies_or_prices_stay_apart() -> None:
    """Another company bought, another price, or the same roles (no misreading): two
    deals, or not this rule's to join."""
    first = _mention("Acquisition", ("acquirer", BUYER), ("target", TARGET), sent=0,
                     amount=Amount(SENTENCES[0], "USD", value=Decimal(100)))
    priced = _mention("Acquisition", ("acquirer", TARGET), ("target", BUYER), sent=1,
                      amount=Amount(SENTENCES[1], "USD", value=Decimal(300)))
    assert len(_fold_takeovers_told_both_ways([first, priced])) == 2
    first = _mention("Acquisition", ("acquirer", BUYER), ("target", TARGET), sent=0)
    other = _mention("Acquisition", ("acquirer", TARGET), ("target", OTHER), sent=1)
    assert len(_fold_takeovers_told_both_ways([first, other])) == 2
    another = _mention("Acquisition", ("acquirer", TARGET), ("target", BUYER), sent=1)
    another.distinct = True
    assert len(_fold_takeovers_told_both_ways([first, another])) == 2


# -- a takeover and its investment, one naming the seller ---------------------------------


def test_takeover_with_seller_and_its_investment_are_one_en(en: Language) -> None:
    deals = _deals(en, (
        "Ferro Industries bought a 60% stake in Lindell Optics from Tarn Capital for "
        "$80 million. Ferro's investment in Lindell Optics is its largest to date."
    ))
    assert len(deals) == 1
    assert _roles(deals[0]) == {("acquirer", "Ferro Industries"),
                                ("target", "Lindell Optics"), ("seller", "Tarn Capital")}
    assert "merge:one-event-retold" in deals[0].rules


def test_takeover_with_seller_and_its_investment_are_one_es(es: Language) -> None:
    deals = _deals(es, (
        "Industrias Ferro compró el 60% de Ópticas Lindell a Tarn Capital por 80 millones "
        "de euros. La inversión de Industrias Ferro en Ópticas Lindell es la mayor de su "
        "historia."
    ))
    assert len(deals) == 1
    assert ("seller", "Tarn Capital") in _roles(deals[0])
    assert "merge:one-event-retold" in deals[0].rules


def test_one_event_sets_the_seller_aside() -> None:
    takeover = _mention("Acquisition", ("acquirer", BUYER), ("target", TARGET),
                        ("seller", SELLER), sent=0)
    money = _mention("Investment", ("investor", BUYER), ("investee", TARGET), sent=1,
                     rule="frame:invest_n(investment)")
    assert _one_event(takeover, money)
    elsewhere = _mention("Investment", ("investor", BUYER), ("investee", OTHER), sent=1,
                         rule="frame:invest_n(investment)")
    assert not _one_event(takeover, elsewhere)


# -- a definite agreement told back -------------------------------------------------------


def test_definite_agreement_is_the_deal_told_before_en(en: Language) -> None:
    deals = _deals(en, (
        "Harlan Foods has completed its purchase of Corran Dairies for $300 million. The "
        "agreement between Harlan Foods and Corran Dairies is worth $350 million including "
        "debt."
    ))
    assert [d.type for d in deals] == ["Acquisition"]
    assert "merge:definite-agreement-told-back" in deals[0].rules


def test_definite_agreement_is_the_deal_told_before_es(es: Language) -> None:
    told_back = _deals(es, (
        "Alimentos Harlan ha cerrado la compra de Lácteos Corran por 300 millones de euros. "
        "El acuerdo entre Alimentos Harlan y Lácteos Corran incluye 50 millones en deuda."
    ))
    assert [d.type for d in told_back] == ["Acquisition"]
    assert told_back[0].amount is not None and told_back[0].amount.value == 300_000_000
    new = _deals(es, (
        "Alimentos Harlan ha cerrado la compra de Lácteos Corran por 300 millones de euros. "
        "Además, Alimentos Harlan y Lácteos Corran firmaron un acuerdo de 50 millones para "
        "investigar nuevos quesos."
    ))
    assert sorted(d.type for d in new) == ["Acquisition", "Partnership"]
