package org.serge.federation.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.serge.federation.vocab.Activity;
import org.serge.federation.vocab.ActivityStreamsCodec;
import org.serge.federation.vocab.AsObject;
import org.serge.federation.vocab.Fixtures;
import org.serge.federation.vocab.ParseResult;

class RemoteHtmlSanitizerTest {

    private final RemoteHtmlSanitizer sanitizer = new RemoteHtmlSanitizer();

    @ParameterizedTest
    @ValueSource(strings = {
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
            "<a href=\"java\tscript:alert(1)\">x</a>",
            "<a href=\"&#106;avascript:alert(1)\">x</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
            "<a href=\"vbscript:msgbox(1)\">x</a>",
            "<p onclick=\"alert(1)\" onmouseover=\"alert(1)\">x</p>",
            "<script>alert(1)</script>",
            "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<svg onload=alert(1)><script>alert(1)</script></svg>",
            "<style>body{background:url(javascript:alert(1))}</style>",
            "<p style=\"background:url(javascript:alert(1))\">x</p>",
            "<object data=\"javascript:alert(1)\"></object><embed src=\"javascript:alert(1)\">",
            "<form action=\"https://evil.example\"><input type=submit></form>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<a href=\"https://ok.example\" onfocus=\"alert(1)\" autofocus>x</a>",
            "<<script>alert(1)//<</script>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<base href=\"javascript:alert(1)//\">",
            "<a href=\"//evil.example/\">protocol-relative</a>",
    })
    void xssVectorsLeaveNothingActive(String html) {
        String clean = sanitizer.sanitize(html).toLowerCase(Locale.ROOT);
        for (String bad : new String[] {"<script", "<img", "<iframe", "<svg", "<style", "<object", "<embed", "<form",
                "<input", "<meta", "<base", "javascript:", "vbscript:", "data:", "onerror", "onclick", "onload",
                "onfocus", "onmouseover", "style=", "href=\"//"}) {
            assertFalse(clean.contains(bad), () -> "'" + bad + "' survived in " + clean);
        }
    }

    @Test
    void scriptAndStyleContentIsDropped() {
        assertEquals("<p>before after</p>", sanitizer.sanitize("<p>before <script>steal()</script>after<style>p{}</style></p>"));
    }

    @Test
    void safeLinksGetRelAndLoseTarget() {
        assertEquals("<a href=\"https://union.example/strike\" rel=\"nofollow noopener noreferrer\">strike</a>",
                sanitizer.sanitize("<a href=\"https://union.example/strike\" target=\"_blank\" rel=\"opener\">strike</a>"));
        assertEquals("<a href=\"http://union.example/\" rel=\"nofollow noopener noreferrer\">x</a>",
                sanitizer.sanitize("<a href=\"http://union.example/\">x</a>"));
    }

    @Test
    void refusedLinksBecomeText() {
        assertEquals("<p>see here</p>", sanitizer.sanitize("<p>see <a href=\"javascript:alert(1)\">here</a></p>"));
        assertEquals("relative", sanitizer.sanitize("<a href=\"/local/path\">relative</a>"));
        assertEquals("gemini", sanitizer.sanitize("<a href=\"gemini://example.org/\">gemini</a>"));
    }

    @Test
    void allowedElementsAndAttributesSurvive() {
        String html = "<p>a<br>b</p><pre><code>x &lt; y</code></pre><blockquote><p><em>e</em> <strong>s</strong> "
                + "<b>b</b> <i>i</i> <u>u</u> <del>d</del></p></blockquote><ol start=\"3\" reversed><li value=\"5\">one</li></ol>"
                + "<ul><li>two</li></ul>";
        assertEquals(html, sanitizer.sanitize(html));
    }

    @Test
    void disallowedAttributesOnAllowedElementsGo() {
        assertEquals("<p>x</p>", sanitizer.sanitize("<p class=\"h-entry\" id=\"x\" title=\"t\" dir=\"rtl\">x</p>"));
        assertEquals("<ol><li>x</li></ol>", sanitizer.sanitize("<ol type=\"a\"><li class=\"mention\">x</li></ol>"));
    }

    @Test
    void headingsBecomeStrongParagraphs() {
        assertEquals("<p><strong>Strike at <em>Acme</em></strong></p><p>text</p>",
                sanitizer.sanitize("<h2 id=\"t\">Strike at <em>Acme</em></h2><p>text</p>"));
    }

    @Test
    void unknownElementsAreUnwrappedKeepingText() {
        assertEquals("<p>big <strong>bold</strong> small</p>",
                sanitizer.sanitize("<p><big>big</big> <marquee><strong>bold</strong></marquee> <small>small</small></p>"));
        assertEquals("one two", sanitizer.sanitize("<div>one</div><div>two</div>").strip().replaceAll("\\s+", " "));
        assertEquals("a photo", sanitizer.sanitize("a <img src=\"https://x.example/i.png\" alt=\"alt\">photo"));
    }

    @Test
    void classValuesAreFiltered() {
        assertEquals("<span class=\"h-card\">x</span>", sanitizer.sanitize("<span class=\"h-card evil-class\">x</span>"));
        assertEquals("<a href=\"https://a.example/u/x\" class=\"u-url mention\" rel=\"nofollow noopener noreferrer\">@x</a>",
                sanitizer.sanitize("<a href=\"https://a.example/u/x\" class=\"u-url mention status-link\">@x</a>"));
        assertEquals("<span class=\"invisible\">https://</span><span class=\"ellipsis\">a.example/long</span>",
                sanitizer.sanitize("<span class=\"invisible\">https://</span><span class=\"ellipsis\">a.example/long</span>"));
        assertEquals("<span>x</span>", sanitizer.sanitize("<span class=\"btn btn-danger modal-open\">x</span>"));
        assertEquals("<a href=\"https://a.example/tags/t\" class=\"mention hashtag\" rel=\"nofollow noopener noreferrer\">#t</a>",
                sanitizer.sanitize("<a href=\"https://a.example/tags/t\" class=\"mention hashtag\" rel=\"tag\">#t</a>"));
        assertEquals("<span class=\"p-name dt-published e-content\">x</span>",
                sanitizer.sanitize("<span class=\"p-name dt-published e-content x-other\">x</span>"));
    }

    @Test
    void mastodonMentionMarkupSurvives() {
        AsObject note = new ActivityStreamsCodec().parse(Fixtures.bytes("mastodon/activity-private_message.json"))
                .object().orElseThrow();
        assertEquals("<p><span class=\"h-card\"><a href=\"https://ds9.lemmy.ml/u/nutomic\" class=\"u-url mention\" "
                + "rel=\"nofollow noopener noreferrer\">@<span>nutomic@ds9.lemmy.ml</span></a></span> 444</p>",
                sanitizer.sanitize(note.content()));
    }

    @Test
    void misskeyMentionMarkupSurvives() {
        AsObject poll = new ActivityStreamsCodec().parse(Fixtures.bytes("misskey/object-question_poll.json"))
                .object().orElseThrow();
        String clean = sanitizer.sanitize(poll.content());
        assertTrue(clean.contains("<a href=\"https://marchgenso.me/users/march\" class=\"mention\" "
                + "rel=\"nofollow noopener noreferrer\">@march@marchgenso.me</a>"), clean);
        assertTrue(clean.contains("<span> How are your notifications now?<br></span>"), clean);
    }

    @Test
    void mastodonHashtagMarkupSurvives() {
        String html = "<p><a href=\"https://mastodon.example/tags/strike\" class=\"mention hashtag\" rel=\"tag\">"
                + "#<span>strike</span></a></p>";
        assertEquals("<p><a href=\"https://mastodon.example/tags/strike\" class=\"mention hashtag\" "
                + "rel=\"nofollow noopener noreferrer\">#<span>strike</span></a></p>", sanitizer.sanitize(html));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.serge.federation.vocab.Fixtures#all")
    void everyFixtureContentSanitizes(Path file) throws Exception {
        ParseResult parsed = new ActivityStreamsCodec().parse(Files.readAllBytes(file));
        AsObject object = parsed.object()
                .or(() -> parsed.activity().map(Activity::object).flatMap(o -> o == null ? Optional.empty() : o.asObject()))
                .orElse(null);
        if (object != null) {
            String clean = sanitizer.sanitize(object.content()) + sanitizer.sanitize(object.summary());
            assertFalse(clean.contains("<script") || clean.contains("<img") || clean.contains(" style="), clean);
        }
    }

    @Test
    void emptyInput() {
        assertEquals("", sanitizer.sanitize(null));
        assertEquals("", sanitizer.sanitize("  "));
    }

    @Test
    void textIsEscaped() {
        assertEquals("<p>1 &lt; 2 &amp;&amp; &lt;b&gt;</p>", sanitizer.sanitize("<p>1 &lt; 2 &amp;&amp; &lt;b&gt;</p>"));
    }
}
