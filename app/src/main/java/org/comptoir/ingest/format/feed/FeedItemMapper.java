package org.comptoir.ingest.format.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import java.time.Instant;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.comptoir.ingest.InvalidRecordException;
import org.comptoir.ingest.format.Dates;
import org.comptoir.ingest.format.HtmlText;
import org.comptoir.ingest.format.Languages;
import org.comptoir.ingest.format.Texts;
import org.comptoir.post.Author;
import org.comptoir.post.Metrics;
import org.comptoir.post.Network;
import org.comptoir.post.Post;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Maps one feed item to a post of network {@code rss}. The id is {@code rss:<link>}, or {@code rss:<guid/atom id>}
 * when there is no link, because the link is what threading points at (a WordPress comment's link is
 * {@code <article link>#comment-N}; Atom's {@code thr:in-reply-to} carries the article's {@code href}).
 * A comment's in_reply_to is {@code thr:in-reply-to} (href, else ref) or, in RSS, its link without the
 * {@code #comment-N} fragment; {@code slash:comments} gives the reply count.
 */
final class FeedItemMapper {
    static final Namespace THREAD = Namespace.getNamespace("http://purl.org/syndication/thread/1.0");
    static final Namespace SLASH = Namespace.getNamespace("http://purl.org/rss/1.0/modules/slash/");
    static final Namespace DC = Namespace.getNamespace("http://purl.org/dc/elements/1.1/");
    static final Namespace ATOM = Namespace.getNamespace("http://www.w3.org/2005/Atom");
    private static final Pattern COMMENT_LINK = Pattern.compile("^(.*?)(?:comment-page-\\d+/)?#comment-\\d+$");

    private FeedItemMapper() {
    }

    static Post map(SyndEntry entry, Element item, SyndFeed feed, Element root, String raw) {
        String link = Texts.blankToNull(entry.getLink());
        String key = link != null ? link : Texts.blankToNull(entry.getUri());
        if (key == null) {
            throw new InvalidRecordException("item has neither a link nor a guid/id");
        }
        String title = plain(Texts.blankToNull(entry.getTitle()), null);
        String text = text(entry);
        if (text.isEmpty() && title == null) {
            throw new InvalidRecordException("item has no content, description or title");
        }
        return new Post("rss:" + key, Network.RSS, link != null ? link : httpOrNull(key), author(entry), text, title,
                language(item, feed, root), date(entry, item), inReplyTo(item, link),
                new Metrics(0, 0, replies(item)), raw, null);
    }

    private static String text(SyndEntry entry) {
        for (SyndContent content : entry.getContents()) {
            if (content != null && Texts.blankToNull(content.getValue()) != null) {
                return Texts.checkLength(plain(content.getValue(), content.getType()), "content");
            }
        }
        SyndContent description = entry.getDescription();
        String value = description == null ? null : Texts.blankToNull(description.getValue());
        return value == null ? "" : Texts.checkLength(plain(value, description.getType()), "description");
    }

    private static String plain(String value, String type) {
        if (value == null) {
            return null;
        }
        boolean html = type != null && type.contains("html") || HtmlText.looksLikeHtml(value);
        return html ? HtmlText.toText(value) : value.strip();
    }

    private static Author author(SyndEntry entry) {
        String name = Texts.blankToNull(entry.getAuthor());
        if (name == null && !entry.getAuthors().isEmpty()) {
            name = Texts.blankToNull(entry.getAuthors().get(0).getName());
        }
        return name == null ? Author.UNKNOWN : new Author(null, null, name, null);
    }

    private static Instant date(SyndEntry entry, Element item) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        if (date != null) {
            return date.toInstant();
        }
        if (item != null) {
            for (Element child : item.getChildren()) {
                String name = child.getName();
                if (name.equals("pubDate") || name.equals("date") || name.equals("published") || name.equals("updated")
                        || name.equals("issued") || name.equals("modified")) {
                    return Dates.parseFeedDate(child.getTextTrim(), child.getQualifiedName());
                }
            }
        }
        throw new InvalidRecordException("missing required field 'pubDate' (nor dc:date, published or updated)");
    }

    private static String language(Element item, SyndFeed feed, Element root) {
        String declared = null;
        if (item != null) {
            declared = Texts.blankToNull(item.getChildTextTrim("language", DC));
            if (declared == null) {
                declared = Texts.blankToNull(item.getAttributeValue("lang", Namespace.XML_NAMESPACE));
            }
        }
        if (declared == null) {
            declared = Texts.blankToNull(feed.getLanguage());
        }
        if (declared == null) {
            declared = root.getAttributeValue("lang", Namespace.XML_NAMESPACE);
        }
        return Languages.normalize(declared);
    }

    private static String inReplyTo(Element item, String link) {
        Element thread = item == null ? null : item.getChild("in-reply-to", THREAD);
        if (thread != null) {
            String target = Texts.blankToNull(thread.getAttributeValue("href"));
            target = target != null ? target : Texts.blankToNull(thread.getAttributeValue("ref"));
            if (target != null) {
                return "rss:" + target;
            }
        }
        if (link != null) {
            Matcher comment = COMMENT_LINK.matcher(link);
            if (comment.matches() && !comment.group(1).isEmpty()) {
                return "rss:" + comment.group(1);
            }
        }
        return null;
    }

    private static long replies(Element item) {
        String count = item == null ? null : Texts.blankToNull(item.getChildTextTrim("comments", SLASH));
        if (count == null) {
            return 0;
        }
        if (!count.matches("\\d{1,18}")) {
            throw new InvalidRecordException("field 'slash:comments' is not a non-negative whole number: '"
                    + Texts.preview(count) + "'");
        }
        return Long.parseLong(count);
    }

    private static String httpOrNull(String key) {
        return key.startsWith("http://") || key.startsWith("https://") ? key : null;
    }
}
