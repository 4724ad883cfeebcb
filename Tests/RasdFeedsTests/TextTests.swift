import Foundation
import Testing
import RasdCore
@testable import RasdFeeds

/// Entities, CDATA, HTML → clean text with paragraph breaks, invisible marks in titles.
@Suite struct TextTests {
    func item(_ inner: String) throws -> FeedItem {
        let xml = "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>c</title><item>\(inner)</item></channel></rss>"
        return try #require(try FeedParser.parse(Array(xml.utf8)).items.first)
    }

    @Test(arguments: [
        ("<title>a&nbsp;b</title>", "a b"),
        ("<title>wait&hellip;</title>", "wait…"),
        ("<title>it&rsquo;s &ldquo;ok&rdquo;</title>", "it’s “ok”"),
        ("<title>&#1575;&#x644;</title>", "ال"),
        ("<title>AT&amp;T</title>", "AT&T"),
        ("<title>don&#146;t</title>", "don’t"),  // windows-1252 code point in a numeric reference
        ("<title>&eacute;t&eacute;</title>", "été"),
        ("<title><![CDATA[<b>bold</b> & raw]]></title>", "bold & raw"),
        ("<title>Q&amp;A &lt;b&gt;x&lt;/b&gt;</title>", "Q&A x"),
        ("<title>&undefinedthing; stays</title>", "&undefinedthing; stays"),
    ])
    func entitiesAndCDATA(_ inner: String, _ title: String) throws {
        #expect(try item(inner).title == title)
    }

    @Test func htmlBecomesParagraphsWithoutScriptOrStyle() throws {
        let i = try item("""
        <content:encoded><![CDATA[<h2>عنوان</h2><p>فقرة   أولى
        على سطرين</p><script>var x = "<p>no</p>";</script><style>.a{}</style><ul><li>واحد</li><li>اثنان</li></ul><p>أخيرة<br>سطر</p>]]></content:encoded>
        """)
        #expect(i.content == "عنوان\n\nفقرة أولى على سطرين\n\nواحد\nاثنان\n\nأخيرة\nسطر")
    }

    @Test func invisibleMarksLeaveTitlesButZWNJStays() throws {
        let i = try item("<title>\u{200F}\u{202B}خبر\u{202C} \u{200B}عاجل\u{FEFF} می\u{200C}خواهم</title><description>\u{200F}نص</description>")
        #expect(i.title == "خبر عاجل می\u{200C}خواهم")
        #expect(i.summary == "\u{200F}نص")  // bodies are not touched
    }

    @Test func titlesAreOneLine() throws {
        #expect(try item("<title>سطر\n\n   آخر</title>").title == "سطر آخر")
    }

    @Test func plainTextWithAngleBracketsInAtomTextConstruct() throws {
        let xml = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title type=\"text\">a &lt;b&gt; c</title></feed>"
        #expect(try FeedParser.parse(Array(xml.utf8)).title == "a <b> c")
    }

    /// The fast scanner and the libxml2 HTML parser must agree wherever the scanner accepts input.
    @Test(arguments: [
        "<p>one</p><p>two</p>",
        "<div><p>a <a href=\"x?a=1&amp;b=2\">link</a> b</p></div>",
        "<P>Upper <B>case</B></P><BR/>after",
        "text<br>more<br/>end",
        "<p>x</p><!-- comment <p>y</p> --><p>z</p>",
        "<p>ent &amp; &lt;ok&gt; &#1575; &hellip;</p>",
        "<script type=\"text/javascript\">if (a < b) {}</script><p>shown</p>",
        "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>",
        "<img src=\"a.png\" alt=\"> tricky\"><p>after image</p>",
    ])
    func scannerAgreesWithLibXML2(_ html: String) throws {
        let bytes = Array(html.utf8)
        var fast = TextBuilder(singleLine: false, stripInvisible: false)
        let accepted = bytes.withUnsafeBufferPointer { SimpleHTMLScanner.scan($0, into: &fast) }
        #expect(accepted)
        var slow = TextBuilder(singleLine: false, stripInvisible: false)
        bytes.withUnsafeBufferPointer { HTMLText.appendParsedHTML($0, into: &slow) }
        #expect(fast.string == slow.string)
    }

    @Test(arguments: ["<p>a & b</p>", "<p>&unknown;</p>", "<!DOCTYPE html><p>x</p>", "<script>never closed", "a < b <p>c</p>"])
    func scannerHandsTrickyHTMLToLibXML2(_ html: String) {
        var b = TextBuilder(singleLine: false, stripInvisible: false)
        #expect(!Array(html.utf8).withUnsafeBufferPointer { SimpleHTMLScanner.scan($0, into: &b) })
    }

    @Test func trickyHTMLStillGivesText() {
        #expect(HTMLText.text(fromHTML: "<p>a & b</p><script>never closed") == "a & b")
        #expect(HTMLText.text(fromHTML: "<p>price a=1&b=2</p>") == "price a=1&b=2")
    }

    /// Large CDATA sections are lifted out before libxml2 and put back by the readers.
    @Test func largeCDATAIsPutBackExactly() throws {
        let para = String(repeating: "نص طويل ", count: 60)
        let i = try item("<title><![CDATA[\u{E000}7 not a marker]]></title><description><![CDATA[<p>\(para)</p><p>ثانية</p>]]></description><content:encoded><![CDATA[\u{E000}0]]></content:encoded>")
        #expect(i.summary == para.trimmingCharacters(in: .whitespaces) + "\n\nثانية")
        #expect(i.title == "\u{E000}7 not a marker")
        #expect(i.content == "\u{E000}0")  // content that looks like a marker is itself lifted, never misread
        let lifted = XMLRepair.repair(Array("<a><![CDATA[\(para)]]></a>".utf8), liftCDATA: true)
        #expect(lifted.liftedCDATA.count == 1)
        #expect(lifted.bytes.count < 40)
    }
}
