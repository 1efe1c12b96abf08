"""Ingestion: every input kind, language detection, and every kind of bad input."""

from __future__ import annotations

import io
import logging
import os
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.facts import Article
from kg.ingest import MAX_ARTICLE_BYTES, detect_language, normalise_lang, read_articles

DATA = Path(__file__).parent / "data" / "ingest"


def read(*inputs: str | Path, **kwargs: object) -> list[Article]:
    return list(read_articles(list(inputs), **kwargs))  # type: ignore[arg-type]


def error_of(*inputs: str | Path, **kwargs: object) -> str:
    with pytest.raises(InputError) as caught:
        read(*inputs, **kwargs)
    return str(caught.value)


# -- .txt -----------------------------------------------------------------------------


def test_txt_header_is_metadata_and_text_is_exactly_the_body() -> None:
    path = DATA / "txt" / "header.txt"
    [article] = read(path)
    raw = path.read_text(encoding="utf-8")
    body = raw.split("\n\n", 1)[1].rstrip()
    assert article.text == body
    assert not article.text.startswith("#")
    assert article.id == "header"
    assert article.source == str(path)
    assert article.lang == "es"
    assert article.url == "https://noticias.example.es/rioseco-compra-almazara"
    assert article.title == "Aceites Rioseco compra la almazara Olivar del Sur"
    assert article.published == "2024-05-02"
    assert article.publisher == "Diario del Valle"
    # Offsets index the body: a name found in the body is at the same place in it.
    start = article.text.index("Tomás Ibarra")
    assert article.text[start : start + len("Tomás Ibarra")] == "Tomás Ibarra"
    assert start == body.index("Tomás Ibarra")
    assert article.text.index("Aceites Rioseco") == 0


def test_txt_without_header_is_all_body() -> None:
    path = DATA / "txt" / "plain.txt"
    [article] = read(path)
    assert article.text == path.read_text(encoding="utf-8").rstrip()
    assert article.id == "plain"
    assert (article.url, article.title, article.published, article.publisher) == (None,) * 4
    assert article.lang == "en"


def test_txt_heading_with_unknown_key_is_not_taken_for_a_header() -> None:
    path = DATA / "txt" / "heading.txt"
    [article] = read(path)
    assert article.text.startswith("# Breaking: Pinecrest Bank")
    assert article.title is None


def test_txt_unknown_values_crlf_and_bom(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(
        b"\xef\xbb\xbf# date: unknown (2025)\r\n# lang: en-GB\r\n# outlet: \r\n\r\n"
        b"Fenwick Mills sold its Dundee plant.\r\nMore to follow.\r\n"
    )
    [article] = read(path)
    assert article.text == "Fenwick Mills sold its Dundee plant.\r\nMore to follow."
    assert article.published is None
    assert article.publisher is None
    assert article.lang == "en"


def test_txt_header_without_blank_line_is_read_as_text_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "glued.txt"
    path.write_text("# lang: es\nLa cooperativa Valle Verde compró dos bodegas.\n", "utf-8")
    with caplog.at_level(logging.WARNING, logger="kg.ingest"):
        [article] = read(path)
    assert article.text == "# lang: es\nLa cooperativa Valle Verde compró dos bodegas."
    assert "glued.txt" in caplog.text
    assert "blank line" in caplog.text


# -- .html ----------------------------------------------------------------------------


def test_html_main_text_title_and_date() -> None:
    path = DATA / "html" / "page.html"
    [article] = read(path)
    assert article.id == "page"
    assert "agreed to buy Lumen Labs, a small sensor company, for $40 million" in article.text
    assert "Sign in" not in article.text
    assert "All rights reserved" not in article.text
    assert article.title == "Harbor Robotics buys Lumen Labs for $40 million"
    assert article.published == "2024-03-15"
    assert article.url == "https://ledger.example.com/harbor-lumen"
    assert article.publisher == "The Daily Ledger"
    assert article.lang == "en"


# -- .jsonl ---------------------------------------------------------------------------


def test_jsonl_with_optional_fields_and_blank_lines() -> None:
    path = DATA / "jsonl" / "corpus.jsonl"
    first, second = read(path)
    assert first == Article(
        id="kestrel-1",
        text="Kestrel Energy invertirá 300 millones de euros en una planta solar en Badajoz.",
        lang="es",
        url="https://example.org/kestrel",
        title="Kestrel invierte en Badajoz",
        published="2024-02-01",
        publisher="Boletín Energético",
        source=f"{path}:1",
    )
    # Line 2 is blank; the third line has no metadata and "lang": null, so it is detected.
    assert second.id == "maple-2"
    assert second.source == f"{path}:3"
    assert second.lang == "en"
    assert second.url is None and second.title is None


def test_jsonl_text_is_kept_exactly(tmp_path: Path) -> None:
    path = tmp_path / "exact.jsonl"
    text = "  Ardent Bio raised $5m.\u2028Second line.\n\n"
    path.write_text('{"id": "x", "text": "  Ardent Bio raised $5m.\u2028Second line.\\n\\n"}\n')
    [article] = read(path)
    assert article.text == text


def test_jsonl_lone_surrogates_become_replacement_characters(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "surrogate.jsonl"
    path.write_text('{"id": "s", "text": "Nimbus \\ud800 Air bought a jet."}\n')
    with caplog.at_level(logging.WARNING, logger="kg.ingest"):
        [article] = read(path, lang="en")
    assert article.text == "Nimbus \ufffd Air bought a jet."
    assert f"{path}:1" in caplog.text


# -- directories ----------------------------------------------------------------------


def test_directory_recursive_sorted_other_files_ignored() -> None:
    articles = read(DATA / "folder")
    assert [a.id for a in articles] == ["a", "b", "sub-1"]
    assert [Path(a.source or "").name for a in articles] == ["a.txt", "b.txt", "a.jsonl:1"]
    assert [a.lang for a in articles] == ["es", "en", "en"]


def test_same_file_named_twice_is_read_once() -> None:
    articles = read(DATA / "folder", DATA / "folder" / "a.txt")
    assert [a.id for a in articles] == ["a", "b", "sub-1"]


# -- standard input -------------------------------------------------------------------


def test_stdin_as_text() -> None:
    data = "# title: Nota breve\n\nLa aseguradora Faro compró la correduría Delta.\n"
    [article] = read("-", stdin=io.BytesIO(data.encode("utf-8")))
    assert article.id == "stdin"
    assert article.source == "<stdin>"
    assert article.title == "Nota breve"
    assert article.text == "La aseguradora Faro compró la correduría Delta."
    assert article.lang == "es"


def test_stdin_as_jsonl() -> None:
    data = (
        b'\n  {"id": "s1", "text": "Orchid Pay acquired Ledgerline for $30 million."}\n'
        b'{"id": "s2", "text": "Bruma Textil abre una tienda en Lima.", "lang": "es"}\n'
    )
    first, second = read("-", stdin=io.BytesIO(data))
    assert (first.id, first.source, first.lang) == ("s1", "<stdin>:2", "en")
    assert (second.id, second.source, second.lang) == ("s2", "<stdin>:3", "es")


# -- language -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La empresa anunció ayer la compra de su principal rival.", "es"),
        ("BBVA lanza una OPA sobre Sabadell", "es"),
        ("Tesla recorta precios", "es"),
        ("The bank sold its consumer unit to a rival for cash.", "en"),
        ("Meta invests in AI", "en"),
        ("La banque a vendu sa filiale à un concurrent pour deux milliards.", "fr"),
        ("Renault rachète une startup", "fr"),
        ("Die Bank verkauft ihre Tochter an einen Konkurrenten.", "de"),
    ],
)
def test_detect_language_on_short_texts(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_detect_language_without_letters_is_undetermined() -> None:
    assert detect_language("2024 — 12.500 € / 3,5 %") == "und"


def test_french_article_comes_out_as_french(tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    path.write_text("Le groupe Lumière a racheté la société Brise pour 20 millions d'euros.\n")
    [article] = read(path)
    assert article.lang == "fr"


def test_lang_override_wins_over_header_and_detection() -> None:
    articles = read(DATA / "txt" / "header.txt", DATA / "txt" / "plain.txt", lang="EN")
    assert [a.lang for a in articles] == ["en", "en"]


@pytest.mark.parametrize("value", ["es", "ES", "es-ES", "es_MX", "spa", "Spanish", " es "])
def test_language_codes_are_normalised(value: str) -> None:
    assert normalise_lang(value, "--lang") == "es"


def test_unknown_lang_override_is_an_input_error() -> None:
    message = error_of(DATA / "txt" / "plain.txt", lang="klingonese")
    assert "--lang" in message and "klingonese" in message and "ISO 639-1" in message


def test_unknown_header_lang_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "odd.txt"
    path.write_text("# lang: zz\n\nSome text about a merger.\n")
    message = error_of(path)
    assert str(path) in message and "'zz'" in message


# -- bad input (issue 9) ----------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.txt"
    message = error_of(path)
    assert message.startswith(f"{path}: no such file or directory")


def test_no_input_at_all() -> None:
    assert "no input given" in error_of()


def test_directory_without_articles() -> None:
    message = error_of(DATA / "notes")
    assert message.startswith(f"{DATA / 'notes'}: no articles in this directory")
    assert ".jsonl" in message


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("zero.txt", b""),
        ("blank.txt", b"  \n\t\n"),
        ("header-only.txt", b"# lang: es\n# title: Sin cuerpo\n\n\n"),
    ],
)
def test_empty_article(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    message = error_of(path)
    assert message.startswith(f"{path}: empty article")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("empty.jsonl", b"\n\n"),
        ("empty.html", b""),
        ("empty-stdin", b""),
    ],
)
def test_empty_jsonl_html_and_stdin(tmp_path: Path, name: str, content: bytes) -> None:
    if name == "empty-stdin":
        message = error_of("-", stdin=io.BytesIO(content))
        assert message.startswith("<stdin>: empty")
        return
    path = tmp_path / name
    path.write_bytes(content)
    assert error_of(path).startswith(f"{path}: empty")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("nul.txt", b"Quarry Foods\x00\x00\x01\x02 bought"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4),
        ("noise.jsonl", bytes((i * 37 + 11) % 256 for i in range(2000))),
        ("packed.html", b"<html>\x00\x00\x00\x00"),
    ],
)
def test_binary_file(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    message = error_of(path)
    assert message.startswith(f"{path}: binary file")


def test_not_utf8_is_read_as_cp1252_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "legacy.txt"
    text = "# lang: es\n\nLa compañía Peñalba pagó 3 millones de € por la fábrica.\n"
    path.write_bytes(text.encode("cp1252"))
    with caplog.at_level(logging.WARNING, logger="kg.ingest"):
        [article] = read(path)
    assert article.text == "La compañía Peñalba pagó 3 millones de € por la fábrica."
    [record] = caplog.records
    assert record.name == "kg.ingest"
    assert str(path) in record.getMessage()
    assert "not valid UTF-8" in record.getMessage() and "cp1252" in record.getMessage()


def test_article_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("Merger news. " * 100)
    message = error_of(path, max_bytes=1000)
    assert message == (
        f"{path}: article text is 1,299 bytes, over the limit of 1,000 bytes of text per "
        "article; split it into smaller articles"
    )
    assert MAX_ARTICLE_BYTES == 5 * 1024 * 1024


def test_huge_file_is_refused_before_it_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"a" * 70_000)
    message = error_of(path, max_bytes=10)
    assert message.startswith(f"{path}: file is 70,000 bytes, over the limit of 10 bytes")


def test_jsonl_line_over_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    long_line = '{"id": "big", "text": "' + "x" * 70_000 + '"}\n'
    path.write_text(long_line + '{"id": "ok", "text": "Kappa Mining bought a quarry."}\n')
    errors: list[InputError] = []
    articles = read(path, max_bytes=40, on_error=errors.append)
    assert [a.id for a in articles] == ["ok"]
    [error] = errors
    assert str(error).startswith(f"{path}:1: line is over ")
    assert "limit of 40 bytes" in str(error)


def test_html_without_article_text() -> None:
    path = DATA / "html" / "no-article.html"
    message = error_of(path)
    assert message.startswith(f"{path}: no article text found in the HTML")


def test_html_menu_alone_is_not_article_text(tmp_path: Path) -> None:
    path = tmp_path / "menu.htm"
    path.write_text(
        "<html><body><ul><li><a href='/'>Home</a></li><li><a href='/m'>Markets</a></li>"
        "<li><a href='/s'>Sport</a></li></ul></body></html>"
    )
    assert error_of(path).startswith(f"{path}: no article text found in the HTML")


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ('{"id": "a" "text": "b"}', "not valid JSON (Expecting ',' delimiter)"),
        ('["a", "b"]', "a JSON list, not an object"),
        ('{"text": "Alpine Air bought two jets."}', 'no "id"'),
        ('{"id": "n1"}', 'no "text"'),
        ('{"id": 7, "text": "Alpine Air bought two jets."}', '"id" is not a string'),
        ('{"id": "n2", "text": "Alpine Air.", "title": 3}', '"title" is not a string'),
        ('{"id": "n3", "text": "   "}', "article 'n3' is empty"),
    ],
)
def test_bad_jsonl_line_names_file_and_line(tmp_path: Path, line: str, problem: str) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text('{"id": "good", "text": "Alpine Air leased a hangar."}\n\n' + line + "\n")
    message = error_of(path)
    assert message.startswith(f"{path}:3: {problem}")


def test_bad_jsonl_message_says_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text('{"id": "a" "text": "b"}\n')
    assert error_of(path) == (
        f"{path}:1: not valid JSON (Expecting ',' delimiter); "
        'each line must be one JSON object with "id" and "text"'
    )


def test_duplicate_ids_name_both_sources(tmp_path: Path) -> None:
    text_file = tmp_path / "deal.txt"
    text_file.write_text("Solano Foods bought a dairy.\n")
    corpus = tmp_path / "more.jsonl"
    corpus.write_text('{"id": "deal", "text": "Another article about a dairy."}\n')
    message = error_of(text_file, corpus)
    assert message.startswith(f"{corpus}:1: duplicate article id 'deal'")
    assert f"already read from {text_file}" in message


def test_unknown_extension(tmp_path: Path) -> None:
    path = tmp_path / "notes.pdf"
    path.write_bytes(b"%PDF-1.7")
    message = error_of(path)
    assert message.startswith(f"{path}: unsupported file type '.pdf'")
    assert ".jsonl" in message


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file_permissions(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Private text.\n")
    path.chmod(0)
    try:
        message = error_of(path)
    finally:
        path.chmod(0o600)
    assert message.startswith(f"{path}: cannot read it (permission denied)")


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The same as above, in a way that also holds when the tests run as root.
    path = tmp_path / "secret.txt"
    path.write_text("Private text.\n")
    real_open = Path.open

    def deny(self: Path, *args: object, **kwargs: object) -> object:
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", deny)
    message = error_of(path)
    assert message.startswith(f"{path}: cannot read it (permission denied)")
    assert "permissions" in message


def test_stdin_named_twice() -> None:
    data = io.BytesIO(b"Helix Motors bought a battery maker.\n")
    message = error_of("-", "-", stdin=data)
    assert message.startswith("<stdin>: - given more than once")


# -- --keep-going ---------------------------------------------------------------------


def test_on_error_skips_bad_articles_and_continues(tmp_path: Path) -> None:
    (tmp_path / "1-good.txt").write_text("Verdant Power bought a wind farm.\n")
    (tmp_path / "2-empty.txt").write_text("\n")
    (tmp_path / "3-mixed.jsonl").write_text(
        '{"id": "ok-1", "text": "Cinder Steel sold a mill."}\n'
        "not json\n"
        '{"id": "ok-2", "text": "Cinder Steel bought a port."}\n'
    )
    (tmp_path / "4-good.txt").write_text("Tidewater Bank opened an office.\n")
    missing = tmp_path / "missing.txt"
    errors: list[InputError] = []
    articles = read(tmp_path, missing, on_error=errors.append)
    assert [a.id for a in articles] == ["1-good", "ok-1", "ok-2", "4-good"]
    assert [str(e).split(": ", 1)[0] for e in errors] == [
        str(tmp_path / "2-empty.txt"),
        f"{tmp_path / '3-mixed.jsonl'}:2",
        str(missing),
    ]
    assert all(isinstance(e, InputError) for e in errors)


# -- who published an HTML page -------------------------------------------------------

HEADLINE = "Brava Foods compra Molinos del Sur por 3.400 millones de euros"
BODY = (
    "<article><h1>" + HEADLINE + "</h1>"
    "<p>Brava Foods ha acordado la compra de Molinos del Sur, la harinera andaluza, por "
    "3.400 millones de euros, según ha comunicado la empresa este lunes a sus accionistas.</p>"
    "<p>La operación se cerrará en el segundo trimestre si la aprueban los reguladores, y "
    "Molinos del Sur mantendrá su marca y sus plantas de producción en Sevilla.</p></article>"
)


def page(head: str) -> bytes:
    return (
        f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8">'
        f"<title>{HEADLINE} | Economía</title>{head}</head><body>{BODY}</body></html>"
    ).encode()


@pytest.mark.parametrize(("head", "publisher"), [
    ('<meta property="og:site_name" content="Diario Ejemplo">', "Diario Ejemplo"),
    ('<script type="application/ld+json">{"@context": "https://schema.org", '
     '"@type": "NewsArticle", '
     '"publisher": {"@type": "NewsMediaOrganization", "name": "Gaceta Financiera"}}</script>',
     "Gaceta Financiera"),
    ('<script type="application/ld+json">{"@graph": [{"@type": "WebSite", "name": "w"}, '
     '{"@type": "NewsArticle", "publisher": {"name": "Gaceta Financiera"}}]}</script>',
     "Gaceta Financiera"),
    ('<link rel="canonical" href="https://www.gaceta-ejemplo.es/empresas/brava-molinos">',
     "gaceta-ejemplo.es"),
    ("", None),
])
def test_html_publisher_comes_from_metadata_never_the_headline(
    tmp_path: Path, head: str, publisher: str | None
) -> None:
    path = tmp_path / "brava.html"
    path.write_bytes(page(head))
    [article] = read(path)
    assert article.title and "Brava Foods compra" in article.title
    assert article.publisher == publisher


def test_html_json_ld_that_is_broken_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "broken.html"
    path.write_bytes(page('<script type="application/ld+json">{"publisher": </script>'
                          '<meta property="og:url" content="https://noticias.example.org/a">'))
    [article] = read(path)
    assert article.publisher == "noticias.example.org"
