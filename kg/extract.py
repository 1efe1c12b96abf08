"""The extract stage: a processed spaCy ``Doc`` → ``Facts``.

kg's components (``kg_entities``, ``kg_money``, ``kg_deals``) do the reading and
leave their results on the Doc; this stage gathers them into plain dataclasses,
so that the graph stage needs no spaCy.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.doc import ARTICLE_KEY, sentence_span
from kg.entities.quotes import quoted_org_mentions
from kg.facts import Amount, Article, Facts, Span

__all__ = ["ARTICLE_KEY", "article_doc", "extract", "sentence_span", "sentence_spans"]


def article_doc(nlp: Language, article: Article) -> Doc:
    """A tokenised doc of ``article.text`` that carries the article, ready for
    ``nlp.pipe`` (which accepts docs).

    >>> # docs = nlp.pipe(article_doc(nlp, a) for a in articles)
    """
    doc = nlp.make_doc(article.text)
    doc.user_data[ARTICLE_KEY] = article
    return doc


def sentence_spans(doc: Doc, body: str | None = None) -> tuple[Span, ...]:
    """Every non-blank sentence of the doc as a body span."""
    body = doc.text if body is None else body
    spans = (sentence_span(sent, body) for sent in doc.sents)
    return tuple(span for span in spans if span.end > span.start)


def extract(doc: Doc, article: Article, pipeline: tuple[str, str]) -> Facts:
    """Gather what kg's components found in ``doc`` (whose text is ``article.text``).

    >>> # doc = nlp(article.text); facts = extract(doc, article, pipeline_id(nlp))
    """
    # A doc made from this article by ``article_doc`` has its text (spaCy keeps the
    # text it tokenises); any other doc is compared (``Doc.text`` joins its tokens).
    if doc.user_data.get(ARTICLE_KEY) is not article and doc.text != article.text:
        raise ValueError(f"article {article.id!r}: the doc's text is not the article body")
    deals = tuple(doc._.kg_deals or ())
    amounts: list[Amount] = list(doc._.kg_amounts or ())
    # An amount a deal points at is always published, even if the money component
    # did not list it on its own.
    for deal in deals:
        for amount in (deal.amount, deal.valuation):
            if amount is not None and amount not in amounts:
                amounts.append(amount)
    return Facts(
        article=article,
        # After the deals are read: they place parties by the bare names' tokens.
        entities=tuple(quoted_org_mentions(e, article.text) for e in doc._.kg_entities or ()),
        amounts=tuple(sorted(amounts, key=lambda a: (a.span.start, a.span.end))),
        quantities=tuple(doc._.kg_quantities or ()),
        roles=tuple(doc._.kg_roles or ()),
        deals=deals,
        sentences=sentence_spans(doc, article.text),
        pipeline=(pipeline,),
    )
