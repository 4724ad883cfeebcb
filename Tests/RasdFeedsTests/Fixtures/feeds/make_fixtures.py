#!/usr/bin/env python3
"""Writes the byte-exact fixtures that cannot be typed as UTF-8 text (legacy Arabic code pages,
UTF-16, BOMs, invalid bytes). Run from this folder; the outputs are committed."""
TITLE = "انفجار عبوة ناسفة في بغداد"
DESC = "قالت الشرطة إن عبوة ناسفة انفجرت صباح اليوم وأصابت ثلاثة أشخاص، وهو ما أكده مصدر طبي."


def rss(decl):
    d = f'<?xml version="1.0"{decl}?>\n' if decl is not None else ""
    return (d + "<rss version=\"2.0\"><channel><title>" + TITLE + "</title>"
            "<item><title>" + TITLE + "</title><description>" + DESC + "</description></item>"
            "</channel></rss>\n")


def write(name, data):
    with open(name, "wb") as f:
        f.write(data)


write("cp1256_declared.xml", rss(' encoding="windows-1256"').encode("cp1256"))
write("cp1256_undeclared.xml", rss("").encode("cp1256"))
write("iso88596_declared.xml", rss(' encoding="ISO-8859-6"').encode("iso8859_6"))
write("iso88596_undeclared.xml", rss(None).encode("iso8859_6"))
write("cp1256_declared_utf8.xml", rss(' encoding="utf-8"').encode("cp1256"))
write("utf8_bom.xml", b"\xef\xbb\xbf" + rss(' encoding="utf-8"').encode("utf-8"))
write("utf16le_bom.xml", b"\xff\xfe" + rss(' encoding="utf-16"').encode("utf-16-le"))
write("utf16be_nobom.xml", rss(' encoding="utf-16"').encode("utf-16-be"))
write("utf8_mostly_with_bad_byte.xml", rss(' encoding="utf-8"').encode("utf-8").replace(b"</title><item>", b"\xff</title><item>"))
write("latin_undeclared.xml", ("<rss version=\"2.0\"><channel><title>Caf\u00e9 cr\u00e8me</title></channel></rss>").encode("latin-1"))
