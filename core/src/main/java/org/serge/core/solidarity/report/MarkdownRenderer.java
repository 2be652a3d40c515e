package org.serge.core.solidarity.report;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Markdown to sanitised HTML: CommonMark with raw HTML escaped, then a jsoup allow-list (p, br, a with http(s)
 * href and rel nofollow, em, strong, lists, blockquote, code, pre, h3-h6). Headings 1 and 2 become h3 and h4 so a
 * report never outranks the page it is shown in; anything else (images, tables, scripts) is dropped.
 */
public final class MarkdownRenderer {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist SAFELIST = new Safelist()
            .addTags("p", "br", "a", "em", "strong", "ul", "ol", "li", "blockquote", "code", "pre", "h3", "h4", "h5", "h6")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private MarkdownRenderer() {
    }

    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Document rendered = Jsoup.parseBodyFragment(RENDERER.render(PARSER.parse(markdown)));
        rendered.select("h1").tagName("h3");
        rendered.select("h2").tagName("h4");
        return Jsoup.clean(rendered.body().html(), "", SAFELIST, OUTPUT).trim();
    }
}
