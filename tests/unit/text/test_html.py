"""Raw web pages to main text."""

from __future__ import annotations

from workers.text.html import html_to_text

PAGE = """<html><head><title>t</title><script>var tracking = 1;</script></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article><h1>Shoigu visits Pyongyang</h1>
<p>Russian Defence Minister Sergei Shoigu arrived in Pyongyang on Tuesday for talks with North Korean officials,
the state news agency reported, in a visit marking the seventieth anniversary of the end of the Korean War.</p>
<p>"These are our neighbours," Shoigu said, adding that joint exercises would be discussed in the coming months.</p>
</article><footer>Copyright 2023 Example News. All rights reserved. Privacy policy.</footer></body></html>"""


def test_main_text_is_kept_and_boilerplate_dropped() -> None:
    text = html_to_text(PAGE)
    assert "Sergei Shoigu arrived in Pyongyang" in text
    assert "These are our neighbours" in text
    assert "tracking" not in text
    assert "Privacy policy" not in text


def test_fragment_without_main_content_falls_back_to_tag_stripping() -> None:
    assert html_to_text("<p>Short &amp; plain.</p>") == "Short & plain."
