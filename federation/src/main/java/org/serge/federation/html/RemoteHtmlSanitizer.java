package org.serge.federation.html;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cuts remote HTML (content, summary, profile fields) down to Mastodon's allowlist (rule 9, CVE-2023-36459):
 * p, span, br, a, del, pre, code, em, strong, b, i, u, ul, ol, li, blockquote; attributes a(href, class),
 * span(class), ol(start, reversed), li(value); links to http and https only. Beyond jsoup's Safelist:
 * <ul>
 *   <li>script, style and the other elements whose text is not prose are dropped with their content;</li>
 *   <li>h1 to h6 become p with strong, as Mastodon does; other unknown elements are unwrapped, their text kept
 *       (block elements leave a space so that words do not run together);</li>
 *   <li>class values are kept only when they are microformats (h-*, p-*, u-*, dt-*, e-*) or one of mention,
 *       hashtag, ellipsis, invisible, which Mastodon's mention and link markup needs;</li>
 *   <li>every link gets rel="nofollow noopener noreferrer" and no target; a link whose href was refused
 *       becomes its text.</li>
 * </ul>
 * Thread-safe.
 */
public final class RemoteHtmlSanitizer {

    private static final String LINK_REL = "nofollow noopener noreferrer";

    private static final Set<String> DROPPED_WITH_CONTENT = Set.of(
            "script", "style", "template", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript",
            "noembed", "noframes", "svg", "math", "textarea", "select", "title", "xmp", "plaintext", "head");

    /** Blocks outside the allowlist: unwrapped, they would glue the last word of one to the first of the next. */
    private static final Set<String> SPACED_BLOCKS = Set.of(
            "div", "section", "article", "header", "footer", "aside", "main", "nav", "figure", "figcaption",
            "address", "details", "summary", "dl", "dt", "dd", "table", "caption", "tr", "td", "th", "hr");

    private static final Pattern MICROFORMAT_CLASS = Pattern.compile("^(h|p|u|dt|e)-[a-z0-9-]+$");
    private static final Set<String> ALLOWED_CLASSES = Set.of("mention", "hashtag", "ellipsis", "invisible");

    private final Safelist safelist = new Safelist()
            .addTags("p", "span", "br", "a", "del", "pre", "code", "em", "strong", "b", "i", "u", "ul", "ol", "li",
                    "blockquote")
            .addAttributes("a", "href", "class")
            .addAttributes("span", "class")
            .addAttributes("ol", "start", "reversed")
            .addAttributes("li", "value")
            .addProtocols("a", "href", "http", "https")
            .addEnforcedAttribute("a", "rel", LINK_REL);

    /** The sanitized HTML; null or blank input gives "". */
    public String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document dirty = Jsoup.parseBodyFragment(html);
        prepare(dirty.body());
        Document clean = new Cleaner(safelist).clean(dirty);
        finish(clean.body());
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    private void prepare(Element body) {
        for (Element element : body.select("*")) {
            if (element == body || element.parent() == null) {
                continue;
            }
            String tag = element.normalName();
            if (DROPPED_WITH_CONTENT.contains(tag)) {
                element.remove();
            } else if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
                Element strong = new Element("strong");
                strong.appendChildren(element.childNodesCopy());
                element.empty().appendChild(strong);
                element.tagName("p");
                element.clearAttributes();
            } else if (SPACED_BLOCKS.contains(tag) && !followedBySpace(element)) {
                element.after(new TextNode(" "));
            }
        }
    }

    private static boolean followedBySpace(Element element) {
        return element.nextSibling() instanceof TextNode text && text.getWholeText().startsWith(" ");
    }

    private static void finish(Element body) {
        for (Element element : body.select("[class]")) {
            String kept = Arrays.stream(element.className().split("\\s+"))
                    .filter(RemoteHtmlSanitizer::isAllowedClass)
                    .distinct()
                    .collect(Collectors.joining(" "));
            if (kept.isEmpty()) {
                element.removeAttr("class");
            } else {
                element.attr("class", kept);
            }
        }
        for (Element link : body.select("a")) {
            if (!link.hasAttr("href")) {
                link.unwrap();
            }
        }
    }

    private static boolean isAllowedClass(String name) {
        return ALLOWED_CLASSES.contains(name) || MICROFORMAT_CLASS.matcher(name).matches();
    }
}
