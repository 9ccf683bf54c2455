#!/usr/bin/env python3
"""Writes the small hostile files of tests/data/hostile/ (each a few KB at most).

Large ones (200 MB, a 50 MB line, HTML nested 100,000 deep) are generated at test time by
tests/pipeline/tst_hostile.cpp, not committed. Every file carries a real sentence with a figure
and a date, so that a file which still comes in can be checked for what it kept. Remote
resources point at example.invalid (RFC 2606: never resolves)."""
import os

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hostile")
ARTICLE = "Troops reach Kursk\n\nOfficials said on June 3, 2025 that 3,000 troops arrived in Kursk.\n"
REMOTE = "http://example.invalid"


def write(name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    assert len(data) <= 10240, name
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def html(head, body):
    return ("<!DOCTYPE html><html><head><title>Troops reach Kursk</title>%s</head><body>"
            "<h1>Troops reach Kursk</h1><p>Officials said on June 3, 2025 that 3,000 troops arrived in Kursk.</p>"
            "%s</body></html>\n" % (head, body))


def main():
    os.makedirs(HERE, exist_ok=True)
    a = ARTICLE.encode()
    # Bytes that are not what they claim.
    write("invalid-utf8.txt", a + b"Casualties \xff\xfe rose to 4,000; overlong \xc0\xaf, lone \x80\xbf, "
          b"surrogate \xed\xa0\x80, past U+10FFFF \xf4\x90\x80\x80, cut at the end \xe2\x82")
    write("nul-bytes.txt", a.replace(b" ", b"\0") + b"\0\0\0 4,000 \0 troops\0")
    write("nul-sprinkled.txt", a + b"Later 200 more\0 troops came.\n")
    text = ARTICLE
    write("utf16le-bom.txt", b"\xff\xfe" + text.encode("utf-16-le"))
    write("utf16be-bom.txt", b"\xfe\xff" + text.encode("utf-16-be"))
    write("utf16le-nobom.txt", text.encode("utf-16-le"))
    write("utf16be-nobom.txt", text.encode("utf-16-be"))
    write("utf16le-odd-length.txt", b"\xff\xfe" + text.encode("utf-16-le") + b"\x41")
    write("utf16le-lone-surrogate.txt", b"\xff\xfe" + text.encode("utf-16-le") + b"\x00\xd8\x41\x00")
    write("utf32le-bom.txt", b"\xff\xfe\x00\x00" + text.encode("utf-32-le"))
    write("png-header.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"
          + bytes(range(256)))
    write("elf-header.txt", b"\x7fELF\x02\x01\x01" + b"\0" * 9 + b"\x03\x00>\x00\x01\x00\x00\x00" + bytes(range(256)) * 2)
    write("gzip.html", b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + bytes(range(255, 0, -1)))
    write("windows-1252.txt", "Troops reach Kursk\n\n\u201cOfficials said\u201d on June 3, 2025 that 3,000 "
          "troops arrived \u2014 caf\u00e9 owners fled; damage put at \u20ac2 million.\n".encode("cp1252"))
    mojibake = ("Troops reach Kursk\n\n\u201cOfficials said\u201d on June 3, 2025 that 3,000 troops "
                "arrived \u2014 caf\u00e9 owners fled.\n")
    write("mojibake.txt", mojibake.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8"))
    write("bom-only.txt", b"\xef\xbb\xbf")
    write("empty.txt", b"")
    write("whitespace-only.txt", b" \t\r\n" * 200)
    write("control-chars.txt", a + bytes(range(1, 32)) + b" 500 troops\x1b[31m red\x1b[0m \x7f\x85\n")
    write("crlf-cr-mixed.txt", ARTICLE.replace("\n", "\r\n") + "Later\r200 more\rtroops came.\r")
    write("long-word.txt", a + b"x" * 6000 + b"\n")
    write("digits-400.txt", a + b"Officials said " + b"9" * 400 + b" troops died and 0." + b"1" * 400
          + b" percent fled; 1e400 tonnes, " + b"1," * 300 + b"000 shells.\n")
    write("impossible-dates.txt", a + b"On February 30, 2025, 300 troops were killed. On April 31 and on "
          b"31/02/2025 and 2025-13-45 more came; by June 0, 99999 BC and the year 2147483648, "
          b"0 people had left. On 29 February 2023 nothing happened.\n")
    write("zero-width-bidi.txt", ("Troops reach Kursk\n\nOfficials said on June\u200b 3, 2025 that 3,\u200b000 "
                                  "troops \u202edeirra\u202c in Kursk; \u2066400\u2069 more\u200d came, "
                                  "\u2067\u05d4\u05d9\u05d5\u05dd\u2069 \ufeff500\u00ad0 left \u2028 and "
                                  "\u2029 Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358\u0359 \U0001F4A5.\n"))
    # HTML that would run or fetch something in a browser: here it is data only.
    write("html-script.html", html("<script src=\"%s/a.js\"></script><script>document.write('SCRIPT RAN')"
                                   "</script>" % REMOTE, "<p onclick=\"alert(1)\" onmouseover=\"fetch('%s')\">"
                                   "Hover 2 times.</p><script>fetch('%s/beacon')</script>" % (REMOTE, REMOTE)))
    write("html-iframe.html", html("", "<iframe src=\"%s/frame\">IFRAME FALLBACK</iframe>"
                                   "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>" % REMOTE))
    write("html-remote-img.html", html("", "<p><img src=\"%s/pixel.png\" srcset=\"%s/2x.png 2x\" alt=\"a pixel\">"
                                       "<picture><source srcset=\"%s/p.webp\"></picture>"
                                       "<video poster=\"%s/poster.png\" src=\"%s/v.mp4\"></video>"
                                       "<audio src=\"%s/a.mp3\"></audio></p>" % ((REMOTE,) * 6)))
    write("html-javascript-link.html", html("", "<p><a href=\"javascript:alert(1)\">a javascript link</a> and "
                                            "<a href=\"%s/page\">a remote link</a> and "
                                            "<a href=\"file:///etc/passwd\">a file link</a>.</p>"
                                            "<form action=\"%s/post\"><input value=\"x\"></form>" % (REMOTE, REMOTE)))
    write("html-meta-refresh.html", html("<meta http-equiv=\"refresh\" content=\"0;url=%s/\">"
                                         "<meta http-equiv=\"Set-Cookie\" content=\"a=b\">" % REMOTE, ""))
    write("html-base-href.html", html("<base href=\"%s/\">" % REMOTE,
                                      "<p><img src=\"relative.png\"> <a href=\"relative.html\">relative</a></p>"))
    write("html-stylesheet.html", html("<link rel=\"stylesheet\" href=\"%s/s.css\"><link rel=\"prefetch\" "
                                       "href=\"%s/next\"><link rel=\"dns-prefetch\" href=\"%s\"><style>@import "
                                       "url(%s/i.css); body{background:url(%s/bg.png)}</style>" % ((REMOTE,) * 5),
                                       "<p style=\"background:url(%s/p.png)\">Styled 7 words.</p>" % REMOTE))
    write("html-object.html", html("", "<object data=\"%s/o.swf\" type=\"application/x-shockwave-flash\">"
                                   "OBJECT FALLBACK</object><embed src=\"%s/e.swf\"><applet code=\"A.class\" "
                                   "codebase=\"%s/\"></applet><svg><image href=\"%s/s.png\"/>"
                                   "<script>alert(1)</script></svg>" % ((REMOTE,) * 4)))
    write("html-markup-in-title.html",
          "<html><head><title>&lt;img src=\"%s/title.png\"&gt;&lt;b&gt;Troops&lt;/b&gt;</title></head><body>"
          "<h1>&lt;img src=\"%s/h1.png\"&gt; reach Kursk</h1><p>&lt;img src=\"%s/p.png\"&gt;&lt;a href=\"%s\"&gt;"
          "Officials&lt;/a&gt; said on June 3, 2025 that 3,000 troops arrived in Kursk.</p></body></html>\n"
          % ((REMOTE,) * 4))
    write("html-entities.html", html("", "<p>&#0; &#x110000; &#xD800; &#99999999999; &#x7fffffff; &bogus; &amp"
                                     " &#x202E;reversed&#x202C; &nbsp;&nbsp; 4&#44;000 troops.</p>"))
    write("html-unclosed.html", "<html><body><p>Officials said on June 3, 2025 that 3,000 troops arrived."
          "<!-- never closed <script>alert(1)</script> <p>hidden 5 troops")
    write("html-cdata-pi.html", html("<?xml-stylesheet href=\"%s/x.xsl\"?>" % REMOTE,
                                     "<![CDATA[<img src=\"%s/c.png\">]]><?php echo 1; ?>" % REMOTE))
    write("html-xxe.html", "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">"
          "<!ENTITY remote SYSTEM \"%s/e.dtd\">]><html><body><p>&xxe;&remote; Officials said on June 3, 2025 "
          "that 3,000 troops arrived.</p></body></html>\n" % REMOTE)
    depth = 700  # over the 200-level cut and libxml2's 256; 100,000 is generated at test time
    write("html-deep.html", "<html><body>" + "<div>" * depth + "Deep text 5 troops" + "</div>" * depth
          + "</body></html>\n")
    write("html-deep-inline.html", "<html><body><p>" + "<b><i>" * 600 + "Deep 6 troops</p></body></html>\n")
    write("markdown-remote.md", "# Troops reach Kursk\n\nOfficials said on June 3, 2025 that 3,000 troops "
          "arrived. ![pixel](%s/md.png) [link](javascript:alert(1)) <img src=\"%s/raw.png\">\n"
          "<script>alert(1)</script>\n" % (REMOTE, REMOTE))


if __name__ == "__main__":
    main()
