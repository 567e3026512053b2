"""Huge web pages (issue 13): read by a linear lxml pass, with their main text bounded."""

from __future__ import annotations

import logging

import pytest

from factdb.sources import html as html_source

PARAGRAPH = "The port said 3,000 dockworkers walked out on Tuesday, a union official said."


def _page(paragraphs: int) -> bytes:
    body = "".join(f"<p>{i}: {PARAGRAPH}</p>\n" for i in range(paragraphs))
    return (
        "<html><head><title>Strike</title><script>var x = '<p>not text</p>';</script></head>"
        f"<body><nav>Home | World</nav><article>{body}</article><footer>(c) Ledger</footer>"
        "</body></html>"
    ).encode()


def test_a_large_page_keeps_every_paragraph_and_no_script_or_navigation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = _page(200)
    monkeypatch.setattr(html_source, "LARGE_PAGE_BYTES", len(data) // 2)
    article = html_source.read_html(data, "big.html")
    lines = article.text.split("\n")
    assert lines == [f"{i}: {PARAGRAPH}" for i in range(200)]
    assert article.title == "Strike"
    assert "not text" not in article.text and "Home" not in article.text


def test_page_text_is_cut_at_a_paragraph_end_within_the_bound(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    data = _page(400)
    monkeypatch.setattr(html_source, "LARGE_PAGE_BYTES", len(data) // 2)
    monkeypatch.setattr(html_source, "MAX_PAGE_TEXT", 10_000)
    with caplog.at_level(logging.WARNING, logger="factdb.sources.html"):
        article = html_source.read_html(data, "big.html")
    assert 5_000 < len(article.text) <= 10_000
    assert article.text.endswith(PARAGRAPH)  # whole paragraphs only
    assert "big.html" in caplog.text and "cut" in caplog.text


def test_a_small_page_still_goes_through_trafilatura() -> None:
    article = html_source.read_html(_page(5), "small.html")
    assert PARAGRAPH in article.text and len(article.text) < html_source.MAX_PAGE_TEXT
